package dev.luccaokta.sandbox.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The client applications the sandbox knows, fixed so that tests and demos can rely on them, and the bearer tokens
 * it issued to them. A token lives {@link #TOKEN_LIFETIME}, as Lucca's do; {@link #revokeTokens()} ends them all
 * at once, which is how a test makes a token expire in the middle of a read. Safe for concurrent use.
 */
public final class OAuthClientRegistry {
    /** Lucca's tokens last 30 minutes. */
    public static final Duration TOKEN_LIFETIME = Duration.ofMinutes(30);

    public static final List<OAuthClient> FIXED = List.of(
            new OAuthClient("sbx-client-all", "sbx-client-all-secret", "Okta, every read scope",
                    Scopes.every(), Set.of()),
            new OAuthClient("sbx-client-directory", "sbx-client-directory-secret",
                    "Okta, directory scopes without personal records", Scopes.DIRECTORY, Set.of()),
            new OAuthClient("sbx-client-site1", "sbx-client-site1-secret",
                    "Okta, every read scope, first establishment only", Scopes.every(), Set.of(1)));

    private static final int TOKEN_BYTES = 32;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, AccessToken> tokens = new ConcurrentHashMap<>();
    /** Fixed clients as an administrator of the sandbox's Lucca changed them, by client id. */
    private final Map<String, OAuthClient> changed = new ConcurrentHashMap<>();

    public OAuthClientRegistry(Clock clock) {
        this.clock = clock;
    }

    /** The client with this id and secret, if both match, as it now is. */
    public Optional<OAuthClient> authenticate(String clientId, String secret) {
        return FIXED.stream().filter(client -> client.clientId().equals(clientId)
                && MessageDigest.isEqual(client.secret().getBytes(StandardCharsets.UTF_8),
                        secret.getBytes(StandardCharsets.UTF_8)))
                .findFirst().map(this::asNow);
    }

    /**
     * Grants a fixed client these scopes from now on, as a Lucca administrator editing the client application
     * would; tokens already issued keep theirs.
     *
     * @return the client as it now is, or empty when there is no such client
     */
    public Optional<OAuthClient> grant(String clientId, Set<String> scopes) {
        return change(clientId, client -> client.withScopes(scopes));
    }

    /**
     * Restricts a fixed client to these business establishments (empty: all of them), as a Lucca administrator
     * editing the client application would. Lucca checks them at each request, so tokens already issued follow.
     *
     * @return the client as it now is, or empty when there is no such client
     */
    public Optional<OAuthClient> restrict(String clientId, Set<Integer> establishmentIds) {
        return change(clientId, client -> client.withEstablishments(establishmentIds));
    }

    /** Every fixed client back to the scopes and establishments it was made with. */
    public void restore() {
        changed.clear();
    }

    private Optional<OAuthClient> change(String clientId, UnaryOperator<OAuthClient> change) {
        return FIXED.stream().filter(client -> client.clientId().equals(clientId)).findFirst()
                .map(fixed -> changed.compute(clientId, (id, now) -> change.apply(now == null ? fixed : now)));
    }

    private OAuthClient asNow(OAuthClient client) {
        return changed.getOrDefault(client.clientId(), client);
    }

    public AccessToken issue(OAuthClient client, Set<String> scopes) {
        byte[] secret = new byte[TOKEN_BYTES];
        random.nextBytes(secret);
        AccessToken token = new AccessToken(Base64.getUrlEncoder().withoutPadding().encodeToString(secret), client,
                scopes, clock.instant().plus(TOKEN_LIFETIME));
        // Clients that never come back leave their tokens behind: forget the expired ones as new ones are made.
        tokens.values().removeIf(old -> !old.expiresAt().isAfter(clock.instant()));
        tokens.put(token.value(), token);
        return token;
    }

    /** The live token with this value, for its client as it now is; an expired one is forgotten. */
    public Optional<AccessToken> find(String value) {
        AccessToken token = tokens.get(value);
        if (token == null) {
            return Optional.empty();
        }
        if (!token.expiresAt().isAfter(clock.instant())) {
            tokens.remove(value);
            return Optional.empty();
        }
        return Optional.of(token.withClient(asNow(token.client())));
    }

    /** Ends every token issued so far; clients must ask for new ones. */
    public int revokeTokens() {
        int count = tokens.size();
        tokens.clear();
        return count;
    }

    /** Seconds until a token issued now expires, for the token endpoint's {@code expires_in}. */
    public long lifetimeSeconds() {
        return TOKEN_LIFETIME.toSeconds();
    }
}
