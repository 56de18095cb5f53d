package dev.luccaokta.oktasandbox.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The org's API tokens, service apps and the access tokens issued to those apps. Tokens are kept only to be
 * recognised; nothing here hands them back.
 */
public final class Credentials {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final Set<String> apiTokens = new HashSet<>();
    private final Map<String, ServiceApp> apps = new HashMap<>();
    private final Map<String, AccessToken> accessTokens = new HashMap<>();

    public Credentials(Clock clock) {
        this.clock = clock;
    }

    public synchronized void addApiToken(String token) {
        apiTokens.add(token);
    }

    public synchronized boolean isApiToken(String token) {
        return apiTokens.contains(token);
    }

    public synchronized void putApp(ServiceApp app) {
        apps.put(app.clientId(), app);
    }

    public synchronized Optional<ServiceApp> app(String clientId) {
        return Optional.ofNullable(apps.get(clientId));
    }

    /** A new access token for {@code app}; {@code keyThumbprint} binds it to a DPoP key, or is {@code null}. */
    public synchronized String issue(ServiceApp app, Set<String> scopes, Duration lifetime, String keyThumbprint) {
        accessTokens.values().removeIf(token -> !token.expiresAt().isAfter(clock.instant()));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        accessTokens.put(value, new AccessToken(app.clientId(), scopes, clock.instant().plus(lifetime), keyThumbprint));
        return value;
    }

    /** The token if it was issued and has not expired. */
    public synchronized Optional<AccessToken> accessToken(String value) {
        AccessToken token = accessTokens.get(value);
        return token != null && token.expiresAt().isAfter(clock.instant()) ? Optional.of(token) : Optional.empty();
    }

    public synchronized void clear() {
        apiTokens.clear();
        apps.clear();
        accessTokens.clear();
    }
}
