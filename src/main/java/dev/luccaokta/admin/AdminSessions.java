package dev.luccaokta.admin;

import dev.luccaokta.cluster.ClusterStores;
import dev.luccaokta.cluster.SharedStore;
import dev.luccaokta.tenant.AdminAccount;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sessions the administration page signs in to: an opaque random id (256 bits, carried by {@link SessionCookie})
 * for an account, ended by sign-out, after {@code admin.sessionIdleSeconds} without a request, after
 * {@code admin.sessionMaxSeconds} in all, and as soon as the account is deleted or given another password. Sessions
 * are kept under a digest of their id, so that what is stored never opens one; in a cluster
 * ({@code connector.cluster=jcache}) they live in the shared store, so that any instance serves any session.
 * A request's use of its session is recorded at most every tenth of the idle time (a minute at most), so that the
 * cluster's store is not written at every call.
 *
 * <pre>{@code
 * String id = sessions.open(account);                      // for the cookie
 * Optional<AdminAccount> who = sessions.resume(id, true);  // at each request: empty once ended
 * sessions.end(id);                                        // sign-out
 * }</pre>
 */
@ApplicationScoped
public class AdminSessions {

    private static final Logger LOG = Logger.getLogger(AdminSessions.class.getName());

    /** Past this many sessions on one instance, expired ones are dropped, then the one idle longest. */
    static final int MAX_LOCAL = 100_000;
    /** The request attribute holding the id of the session a request signed in with. */
    static final String REQUEST_ATTRIBUTE = AdminSessions.class.getName();
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Duration LONGEST_UNRECORDED = Duration.ofMinutes(1);

    /** What is kept of a session; {@code passwordStamp} is {@link AdminAuthentication#passwordStamp}. */
    record Session(String mail, String passwordStamp, Instant openedAt, Instant lastSeen) {

        byte[] bytes() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeUTF(mail);
                out.writeUTF(passwordStamp);
                out.writeLong(openedAt.toEpochMilli());
                out.writeLong(lastSeen.toEpochMilli());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }

        static Session of(byte[] bytes) throws IOException {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            return new Session(in.readUTF(), in.readUTF(), Instant.ofEpochMilli(in.readLong()),
                    Instant.ofEpochMilli(in.readLong()));
        }
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> local = new ConcurrentHashMap<>();
    private Optional<SharedStore> shared;

    @Inject
    Clock clock;

    @Inject
    ClusterStores stores;

    @Inject
    AdminAuthentication authentication;

    @Inject
    @ConfigProperty(name = "admin.sessionIdleSeconds")
    long idleSeconds;

    @Inject
    @ConfigProperty(name = "admin.sessionMaxSeconds")
    long maxSeconds;

    /** A shared session lives as long as it may stay idle after it was last recorded. */
    @PostConstruct
    void start() {
        if (idleSeconds < 1 || maxSeconds < 1) {
            throw new IllegalStateException("admin.sessionIdleSeconds and admin.sessionMaxSeconds must be 1 or more");
        }
        shared = stores.store("lucca-okta-admin-sessions", Duration.ofSeconds(idleSeconds));
    }

    /** A new session for the account: its id, for the cookie and nowhere else. */
    public String open(AdminAccount account) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Session session = new Session(account.getMail(), AdminAuthentication.passwordStamp(account), now, now);
        if (shared.isPresent()) {
            onGrid(() -> shared.get().put(key(id), session.bytes()));
        } else {
            makeRoom(now);
            local.put(key(id), session);
        }
        return id;
    }

    /**
     * The session's account; empty when the id is unknown or the session has ended.
     *
     * @param use whether this counts as the session's use, which keeps it from ending idle
     */
    public Optional<AdminAccount> resume(String id, boolean use) {
        if (!ID.matcher(id).matches()) {
            return Optional.empty();
        }
        String key = key(id);
        Optional<Stored> stored = read(key);
        Instant now = clock.instant();
        if (stored.isEmpty() || ended(stored.get().session(), now)) {
            stored.ifPresent(gone -> end(id));
            return Optional.empty();
        }
        Session session = stored.get().session();
        Optional<AdminAccount> account = authentication.resume(session.mail(), session.passwordStamp());
        if (account.isEmpty()) {
            end(id);
        } else if (use && !now.isBefore(session.lastSeen().plus(recordEvery()))) {
            record(key, stored.get(), new Session(session.mail(), session.passwordStamp(), session.openedAt(), now));
        }
        return account;
    }

    /** Whether the session still holds, without counting this as its use. */
    public boolean isOpen(String id) {
        return resume(id, false).isPresent();
    }

    public void end(String id) {
        if (!ID.matcher(id).matches()) {
            return;
        }
        String key = key(id);
        if (shared.isPresent()) {
            onGrid(() -> {
                byte[] stored = shared.get().get(key);
                if (stored != null) {
                    shared.get().remove(key, stored);
                }
            });
        } else {
            local.remove(key);
        }
    }

    /** The id of the session the request signed in with; empty when it signed in otherwise. */
    static Optional<String> sessionOf(HttpServletRequest request) {
        return Optional.ofNullable((String) request.getAttribute(REQUEST_ATTRIBUTE));
    }

    private boolean ended(Session session, Instant now) {
        return !now.isBefore(session.lastSeen().plusSeconds(idleSeconds))
                || !now.isBefore(session.openedAt().plusSeconds(maxSeconds));
    }

    private Duration recordEvery() {
        Duration tenth = Duration.ofSeconds(idleSeconds).dividedBy(10);
        return tenth.compareTo(LONGEST_UNRECORDED) < 0 ? tenth : LONGEST_UNRECORDED;
    }

    /** A session as read, with the bytes it was read as when shared: the grid replaces only what it still holds. */
    private record Stored(Session session, byte[] bytes) {
    }

    private Optional<Stored> read(String key) {
        if (shared.isEmpty()) {
            return Optional.ofNullable(local.get(key)).map(session -> new Stored(session, null));
        }
        byte[] bytes = onGrid(() -> shared.get().get(key));
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Stored(Session.of(bytes), bytes));
        } catch (IOException unreadable) {
            // Tagged by an instance of this cluster, but of another layout: an older release's.
            return Optional.empty();
        }
    }

    /** Another request may have recorded or ended the session meanwhile: then its write stands. */
    private void record(String key, Stored read, Session used) {
        if (shared.isPresent()) {
            onGrid(() -> shared.get().replace(key, read.bytes(), used.bytes()));
        } else {
            local.replace(key, read.session(), used);
        }
    }

    private void makeRoom(Instant now) {
        if (local.size() < MAX_LOCAL) {
            return;
        }
        local.values().removeIf(session -> ended(session, now));
        if (local.size() >= MAX_LOCAL) {
            local.entrySet().stream().min(Comparator.comparing(entry -> entry.getValue().lastSeen()))
                    .ifPresent(idlest -> local.remove(idlest.getKey(), idlest.getValue()));
        }
    }

    /** The grid failing (a member lost mid-call) is a refusal to try again, never an error page. */
    private <T> T onGrid(Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException gridFailure) {
            LOG.log(Level.WARNING, "The cluster's sessions could not be reached", gridFailure);
            throw new AdminProblem(503, "Sessions unavailable",
                    "Sessions cannot be read right now: try again in a moment");
        }
    }

    private void onGrid(Runnable call) {
        onGrid(() -> {
            call.run();
            return null;
        });
    }

    /** Stored under a digest: what the store holds (the grid's traffic included) never opens a session. */
    private static String key(String id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
