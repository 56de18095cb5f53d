package dev.luccaokta.okta;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Access tokens of a service app for the identity-sources API ({@code POST {org}/oauth2/v1/token}, client
 * credentials, a signed client assertion, a DPoP proof), one per org and app, kept until shortly before they expire
 * (Okta: one hour), for the life of the {@link OktaCalls} that holds them. When Okta asks for a DPoP nonce ({@code 400 use_dpop_nonce} with a {@code DPoP-Nonce} header),
 * the request is sent once more with it and a new assertion, since Okta refuses an assertion twice.
 *
 * <pre>{@code
 * OktaTokens.AccessToken token = tokens.token(org, app);
 * }</pre>
 */
final class OktaTokens {

    static final String SCOPES = "okta.identitySources.manage okta.identitySources.read";
    static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    /** A token is renewed this long before it expires, so that no request carries an expired one. */
    private static final Duration RENEW_BEFORE = Duration.ofSeconds(60);
    /** When Okta gives no lifetime, the token is not trusted for longer than this. */
    private static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);
    private static final Duration MAX_LIFETIME = Duration.ofHours(24);

    /**
     * A token and how to send it: {@code DPoP} (with a proof per request) or, when the app does not bind its
     * tokens, {@code Bearer}.
     */
    record AccessToken(String value, boolean dpop, Instant askedAt, Instant expiresAt) {
        String authorization() {
            return (dpop ? "DPoP " : "Bearer ") + value;
        }

        @Override
        public String toString() {
            // The token stays out of log lines.
            return "AccessToken[" + (dpop ? "DPoP" : "Bearer") + " until " + expiresAt + "]";
        }
    }

    private record Key(URI org, OktaCredentials.ServiceApp app) {
    }

    private final Map<Key, AccessToken> tokens = new ConcurrentHashMap<>();
    private final Map<Key, Object> locks = new ConcurrentHashMap<>();
    private final OktaHttp http;
    private final Dpop dpop;
    private final Clock clock;

    OktaTokens(OktaHttp http, Dpop dpop, Clock clock) {
        this.http = http;
        this.dpop = dpop;
        this.clock = clock;
    }

    /** A live token of the app for the org, asking Okta only when needed. */
    AccessToken token(URI org, OktaCredentials.ServiceApp app) {
        Key key = new Key(org, app);
        // One request for a token at a time per org and app; an uncontended lock costs next to nothing.
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            AccessToken token = tokens.get(key);
            if (!usable(token)) {
                token = request(org, app);
                // Apps whose key changed leave their tokens behind: forget the expired ones, and their locks
                // (a call still holding a forgotten lock at worst asks for one token too many).
                tokens.entrySet().removeIf(entry -> !entry.getValue().expiresAt().isAfter(clock.instant()));
                tokens.put(key, token);
                locks.keySet().retainAll(tokens.keySet());
            }
            return token;
        }
    }

    /** Drops a token Okta refused, unless another call already replaced it: the next {@link #token} asks anew. */
    void forget(URI org, OktaCredentials.ServiceApp app, AccessToken refused) {
        tokens.remove(new Key(org, app), refused);
    }

    /** Used until shortly before it expires; a short-lived one is renewed halfway through its life. */
    private boolean usable(AccessToken token) {
        if (token == null) {
            return false;
        }
        Duration half = Duration.between(token.askedAt(), token.expiresAt()).dividedBy(2);
        Duration margin = half.compareTo(RENEW_BEFORE) < 0 ? half : RENEW_BEFORE;
        return token.expiresAt().minus(margin).isAfter(clock.instant());
    }

    private AccessToken request(URI org, OktaCredentials.ServiceApp app) {
        URI tokenUrl = URI.create(org + "/oauth2/v1/token");
        Instant asked = clock.instant();
        OktaAnswer answer = post(org, tokenUrl, app);
        if (dpop.askedForNonce(org, Dpop.Side.TOKEN, answer)) {
            answer = post(org, tokenUrl, app);
        }
        if (!answer.successful()) {
            throw OktaErrors.failure(answer, OktaErrors.Target.TOKEN, clock.instant());
        }
        JsonObject json = OktaJson.parse(answer.body()).filter(JsonObject.class::isInstance)
                .map(JsonObject.class::cast)
                .orElseThrow(() -> new OktaUnusableAnswerException("a token answer that is not a JSON object"));
        String value = OktaJson.text(json, "access_token");
        String type = OktaJson.text(json, "token_type");
        if (value == null || value.isBlank() || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new OktaUnusableAnswerException("a token answer without a usable access token");
        }
        boolean bound = !"bearer".equals(type == null ? "" : type.toLowerCase(Locale.ROOT));
        return new AccessToken(value, bound, asked, asked.plus(lifetime(json)));
    }

    private OktaAnswer post(URI org, URI tokenUrl, OktaCredentials.ServiceApp app) {
        Instant now = clock.instant();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("scope", SCOPES);
        form.put("client_assertion_type", ASSERTION_TYPE);
        form.put("client_assertion", ClientAssertions.sign(app, tokenUrl, now));
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String proof = dpop.proof("POST", tokenUrl, dpop.nonce(org, Dpop.Side.TOKEN).orElse(null), null, now);
        return http.send(HttpRequest.newBuilder(tokenUrl)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("DPoP", proof)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private static Duration lifetime(JsonObject json) {
        if (!(json.get("expires_in") instanceof JsonNumber seconds) || seconds.longValue() <= 0) {
            return DEFAULT_LIFETIME;
        }
        Duration lifetime = Duration.ofSeconds(seconds.longValue());
        return lifetime.compareTo(MAX_LIFETIME) > 0 ? MAX_LIFETIME : lifetime;
    }
}
