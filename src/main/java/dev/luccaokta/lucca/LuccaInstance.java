package dev.luccaokta.lucca;

import java.net.URI;
import java.util.Objects;

/**
 * One Lucca instance as a given key sees it: the base URL ({@code https://acme.ilucca.net}) and the API key
 * sent as {@code Authorization: lucca application=<key>}.
 *
 * <pre>{@code
 * LuccaInstance acme = new LuccaInstance(URI.create("https://acme.ilucca.net"), apiKey);
 * }</pre>
 */
public record LuccaInstance(URI baseUrl, String apiKey) {

    public LuccaInstance {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(apiKey, "apiKey");
        if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme())) {
            throw new IllegalArgumentException("A Lucca base URL is http(s)://host[:port], not " + baseUrl);
        }
    }

    @Override
    public String toString() {
        // The key stays out of log lines and error messages.
        return "LuccaInstance[" + baseUrl + "]";
    }
}
