package dev.luccaokta.lucca;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Access tokens of Lucca's current API (OAuth 2.0 client credentials, {@code lucca.tokenUrl}), one per client and
 * set of scopes, kept until shortly before they expire. When the token endpoint refuses the scopes asked for,
 * each is asked for alone to learn which the client was granted; the token then covers those, and the grant says
 * which are missing.
 *
 * <pre>{@code
 * LuccaTokens.Grant grant = tokens.grant(instance.oauth().orElseThrow());
 * }</pre>
 */
@ApplicationScoped
public class LuccaTokens {

    /** A token is renewed this long before Lucca says it expires, so that no request carries an expired one. */
    private static final Duration RENEW_BEFORE = Duration.ofSeconds(60);
    private static final Duration PARTIAL_GRANT_KEPT = Duration.ofSeconds(60);
    /** When Lucca gives no lifetime, the token is not trusted for longer than this. */
    private static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);
    private static final Duration MAX_LIFETIME = Duration.ofHours(24);
    private static final int MAX_ANSWER_CHARS = 64 * 1024;

    /** A token and what it covers, and when it was asked for. */
    public record Grant(String accessToken, Instant expiresAt, Set<LuccaScope> granted, Set<LuccaScope> missing,
                        Instant askedAt) {
        @Override
        public String toString() {
            // The token stays out of log lines.
            return "Grant[until " + expiresAt + ", granted " + granted + ", missing " + missing + "]";
        }
    }

    private final Map<LuccaOAuthClient, Grant> grants = new ConcurrentHashMap<>();
    private final Map<LuccaOAuthClient, Object> locks = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "lucca.tokenUrl")
    URI tokenUrl;

    @Inject
    LuccaClients clients;

    @Inject
    LuccaUrlPolicy urls;

    @Inject
    Clock clock;

    private volatile Client http;

    /** A live token for the client's scopes (those granted among them), asking Lucca only when needed. */
    public Grant grant(LuccaOAuthClient client) {
        Grant known = grants.get(client);
        if (usable(known)) {
            return known;
        }
        synchronized (locks.computeIfAbsent(client, key -> new Object())) {
            known = grants.get(client);
            if (usable(known)) {
                return known;
            }
            Grant fresh = request(client);
            // Clients whose secret or scopes changed leave their grants behind: forget the expired ones.
            grants.entrySet().removeIf(entry -> !entry.getValue().expiresAt().isAfter(clock.instant()));
            locks.keySet().removeIf(key -> !grants.containsKey(key) && !key.equals(client));
            grants.put(client, fresh);
            return fresh;
        }
    }

    /**
     * Drops the token Lucca refused, unless another call already replaced it: the next {@link #grant} asks for a
     * new one.
     */
    public void forget(LuccaOAuthClient client, Grant refused) {
        grants.remove(client, refused);
    }

    /** Drops the client's token whatever it is, to ask Lucca afresh. */
    public void forgetAll(LuccaOAuthClient client) {
        grants.remove(client);
    }

    /**
     * A token is used until shortly before it expires; one that lacks scopes is asked for again after a minute, so
     * that a scope an administrator grants in Lucca is seen soon, without asking at every status refresh.
     */
    private boolean usable(Grant grant) {
        if (grant == null) {
            return false;
        }
        Instant now = clock.instant();
        // A short-lived token is renewed halfway through its life rather than never used.
        Duration half = Duration.between(grant.askedAt(), grant.expiresAt()).dividedBy(2);
        Duration margin = half.compareTo(RENEW_BEFORE) < 0 ? half : RENEW_BEFORE;
        return grant.expiresAt().minus(margin).isAfter(now)
                && (grant.missing().isEmpty() || grant.askedAt().plus(PARTIAL_GRANT_KEPT).isAfter(now));
    }

    private Grant request(LuccaOAuthClient client) {
        try {
            return token(client, client.scopes(), Set.of());
        } catch (LuccaTokenRefusedException e) {
            if (!"invalid_scope".equals(e.error()) || client.scopes().size() < 2) {
                throw e;
            }
        }
        Set<LuccaScope> granted = EnumSet.noneOf(LuccaScope.class);
        for (LuccaScope scope : client.scopes()) {
            try {
                token(client, Set.of(scope), Set.of());
                granted.add(scope);
            } catch (LuccaTokenRefusedException e) {
                if (!"invalid_scope".equals(e.error())) {
                    throw e;
                }
            }
        }
        Set<LuccaScope> missing = EnumSet.copyOf(client.scopes());
        missing.removeAll(granted);
        if (granted.isEmpty()) {
            throw new LuccaTokenRefusedException(400, "invalid_scope");
        }
        return token(client, granted, missing);
    }

    private Grant token(LuccaOAuthClient client, Set<LuccaScope> scopes, Set<LuccaScope> missing) {
        Form form = new Form()
                .param("grant_type", "client_credentials")
                .param("client_id", client.clientId())
                .param("client_secret", client.clientSecret())
                .param("scope", scopes.stream().map(LuccaScope::code).sorted().collect(Collectors.joining(" ")));
        // The client's secret goes there: the URL is checked as its host resolves now, like every Lucca's.
        try {
            urls.checkBaseUrl(tokenUrl);
        } catch (LuccaHostUnresolvedException e) {
            throw LuccaTransientException.unsent("Lucca's token endpoint does not resolve for now", e);
        }
        Instant asked = clock.instant();
        JsonObject answer;
        int status;
        try (Response response = http().target(tokenUrl).request(MediaType.APPLICATION_JSON_TYPE)
                .post(Entity.form(form))) {
            status = response.getStatus();
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            answer = json(body);
            if (status == 400 || status == 401) {
                String error = answer == null ? null : answer.getString("error", null);
                throw new LuccaTokenRefusedException(status, error == null || error.length() > 50 ? "invalid_request" : error);
            }
        } catch (ProcessingException e) {
            throw LuccaTransientException.unanswered("Lucca's token endpoint did not answer", e);
        }
        if (status != 200 || answer == null || !(answer.get("access_token") instanceof JsonString token)
                || token.getString().isBlank()) {
            throw LuccaTransientException.answered("Lucca's token endpoint answered " + status + " without a token",
                    new LuccaErrorStatusException(status, null, null));
        }
        return new Grant(token.getString(), asked.plus(lifetime(answer.get("expires_in"))), scopes, missing, asked);
    }

    private static Duration lifetime(JsonValue expiresIn) {
        if (!(expiresIn instanceof JsonNumber seconds) || seconds.longValue() <= 0) {
            return DEFAULT_LIFETIME;
        }
        Duration lifetime = Duration.ofSeconds(seconds.longValue());
        return lifetime.compareTo(MAX_LIFETIME) > 0 ? MAX_LIFETIME : lifetime;
    }

    /** The answer as a JSON object, or null when it is not one (a proxy's page, an empty body, one too long). */
    private static JsonObject json(String body) {
        if (body.isEmpty() || body.length() > MAX_ANSWER_CHARS) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.read() instanceof JsonObject object ? object : null;
        } catch (JsonException e) {
            return null;
        }
    }

    private Client http() {
        Client client = http;
        if (client == null) {
            synchronized (this) {
                if (http == null) {
                    http = clients.plainClient();
                }
                client = http;
            }
        }
        return client;
    }

    @PreDestroy
    void close() {
        if (http != null) {
            http.close();
        }
    }
}
