package dev.luccaokta.lucca;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One Lucca instance as the connector reaches it: the base URL ({@code https://acme.ilucca.net}), the legacy API
 * key sent as {@code Authorization: lucca application=<key>} when the tenant has one, and the OAuth client of
 * Lucca's current API (v5) when it has one, in which case directory reads go through that API. At least one.
 *
 * <pre>{@code
 * LuccaInstance acme = new LuccaInstance(URI.create("https://acme.ilucca.net"), apiKey);
 * }</pre>
 */
public record LuccaInstance(URI baseUrl, String apiKey, LuccaOAuthClient oauthClient) {

    public LuccaInstance {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (apiKey == null && oauthClient == null) {
            throw new IllegalArgumentException("Lucca is reached with an API key, an OAuth client or both");
        }
        if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme())) {
            throw new IllegalArgumentException("A Lucca base URL is http(s)://host[:port], not " + baseUrl);
        }
    }

    /** An instance read with its API key alone (the legacy API). */
    public LuccaInstance(URI baseUrl, String apiKey) {
        this(baseUrl, apiKey, null);
    }

    /** Whether the legacy API can be called: write-back and administrators' permissions need it. */
    public boolean hasApiKey() {
        return apiKey != null;
    }

    public Optional<LuccaOAuthClient> oauth() {
        return Optional.ofNullable(oauthClient);
    }

    /** The OAuth client, for what only the current API can do. */
    public LuccaOAuthClient requireOAuth() {
        return oauth().orElseThrow(() -> new IllegalStateException(this + " has no OAuth client for Lucca's current API"));
    }

    /** The same instance, its OAuth client asking for other scopes: a token of its own for what they allow. */
    public LuccaInstance withOAuthScopes(Set<LuccaScope> scopes) {
        return new LuccaInstance(baseUrl, apiKey, requireOAuth().withScopes(scopes));
    }

    /** Whether the directory is read through Lucca's current API (v5) rather than the legacy one. */
    public boolean readsLuccaApi() {
        return oauthClient != null;
    }

    @Override
    public String toString() {
        // The key and the client's secret stay out of log lines and error messages.
        return "LuccaInstance[" + baseUrl + "]";
    }
}
