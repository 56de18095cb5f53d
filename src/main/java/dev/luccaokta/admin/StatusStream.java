package dev.luccaokta.admin;

import dev.luccaokta.tenant.AdminAccount;
import dev.luccaokta.tenant.Tenant;
import dev.luccaokta.tenant.UnreadableSecretException;
import dev.luccaokta.web.LogLine;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Pushes a tenant's status to the administration page as Server-Sent Events, now and then every few seconds,
 * until the page goes away. Before each push the right to see it is decided again, so that a stream ends (within
 * one period) once the tenant is deleted or disabled, the account is deleted, the session it was opened with ends
 * (its pushes do not keep it open), or Lucca no longer lets the person administer the integration; and an account
 * holds at most {@code admin.statusStreamsPerAccount} streams at once.
 * When the status cannot be read (a stored secret that no longer opens, the database failing), an event named
 * {@code error} says so, and after {@value #FAILURES_IN_A_ROW} such failures in a row the stream ends: a page then
 * knows, and a stream whose page went away gives its place back.
 */
@ApplicationScoped
public class StatusStream {

    private static final Logger LOG = Logger.getLogger(StatusStream.class.getName());
    static final int FAILURES_IN_A_ROW = 3;

    private final StreamedStatus statuses;
    /** The request opening a stream, whose session ({@link AdminSessions#sessionOf}) the stream lasts no longer than. */
    private final HttpServletRequest request;
    private final long pushSeconds;
    private final int streamsPerAccount;

    /** A container resource, which only a field takes. */
    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    public StatusStream(StreamedStatus statuses, HttpServletRequest request,
                        @ConfigProperty(name = "admin.statusPushSeconds", defaultValue = "2") long pushSeconds,
                        @ConfigProperty(name = "admin.statusStreamsPerAccount", defaultValue = "5") int streamsPerAccount) {
        this.statuses = statuses;
        this.request = request;
        this.pushSeconds = pushSeconds;
        this.streamsPerAccount = streamsPerAccount;
    }

    /** For the container's proxy, which hands every call to an instance made with the constructor above. */
    protected StatusStream() {
        this(null, null, 0, 0);
    }

    private final Map<String, Integer> openStreams = new ConcurrentHashMap<>();

    /** @throws AdminProblem 429 when the account holds as many streams as it may */
    void open(Tenant tenant, String mail, SseEventSink sink, Sse sse) {
        String account = AdminAccount.normalise(mail);
        AtomicBoolean admitted = new AtomicBoolean();
        openStreams.compute(account, (key, open) -> {
            int count = open == null ? 0 : open;
            admitted.set(count < streamsPerAccount);
            return admitted.get() ? count + 1 : open;
        });
        if (!admitted.get()) {
            throw new AdminProblem(429, "Too many status streams", "This account has " + streamsPerAccount
                    + " status streams open already: close one (a page left open elsewhere) first");
        }
        try {
            new Subscription(tenant.getId(), account, AdminSessions.sessionOf(request), sink, sse).start();
        } catch (RuntimeException notScheduled) {
            release(account);
            throw notScheduled;
        }
    }

    private void release(String account) {
        openStreams.computeIfPresent(account, (key, open) -> open <= 1 ? null : open - 1);
    }

    /** What the page is told: an unreadable secret names its tenant and column (never its value), else nothing inside. */
    private static JsonObject problem(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnreadableSecretException) {
                return AdminProblem.json(409, "Credential unreadable", cause.getMessage());
            }
        }
        return AdminProblem.json(503, "Status unavailable", "The status cannot be read right now; the server log says why");
    }

    /** One page's stream. */
    private final class Subscription implements Runnable {

        private final String tenantId;
        private final String account;
        private final Optional<String> session;
        private final SseEventSink sink;
        private final Sse sse;
        private final AtomicBoolean ended = new AtomicBoolean();
        /** Only the scheduler's run of this stream touches it, one run after another. */
        private int failures;
        private volatile ScheduledFuture<?> task;

        Subscription(String tenantId, String account, Optional<String> session, SseEventSink sink, Sse sse) {
            this.tenantId = tenantId;
            this.account = account;
            this.session = session;
            this.sink = sink;
            this.sse = sse;
        }

        void start() {
            task = scheduler.scheduleAtFixedRate(this, 0, pushSeconds, TimeUnit.SECONDS);
        }

        @Override
        public void run() {
            if (ended.get()) {
                cancel();
                return;
            }
            if (sink.isClosed()) {
                end();
                return;
            }
            try {
                Optional<TenantInsight.Status> status = statuses.next(tenantId, account, session);
                if (status.isEmpty()) {
                    end();
                    return;
                }
                failures = 0;
                send("status", status.get());
            } catch (RuntimeException e) {
                failed(e);
            }
        }

        /** Lucca failing is shown inside a status; this is the status itself failing, which may well recur. */
        private void failed(RuntimeException e) {
            failures++;
            LOG.log(Level.FINE, "Status of tenant " + tenantId + " could not be read", e);
            JsonObject problem = problem(e);
            send("error", problem);
            if (failures >= FAILURES_IN_A_ROW) {
                LOG.warning(LogLine.of("status-stream-failed", "tenant", tenantId, "account", account,
                        "failures", failures, "reason", problem.getString("detail")));
                end();
            }
        }

        private void send(String name, Object data) {
            try {
                sink.send(sse.newEventBuilder().name(name)
                        .mediaType(MediaType.APPLICATION_JSON_TYPE).data(data.getClass(), data).build())
                        .exceptionally(gone -> {
                            end();
                            return null;
                        });
            } catch (RuntimeException gone) {
                // Some servers throw rather than fail the future once the page has gone.
                end();
            }
        }

        private void end() {
            if (!ended.compareAndSet(false, true)) {
                return;
            }
            release(account);
            sink.close();
            cancel();
        }

        /** The first run may come before the task is known; it is then cancelled by the next run. */
        private void cancel() {
            ScheduledFuture<?> scheduled = task;
            if (scheduled != null) {
                scheduled.cancel(false);
            }
        }
    }
}
