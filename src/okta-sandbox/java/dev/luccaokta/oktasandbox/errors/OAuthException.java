package dev.luccaokta.oktasandbox.errors;

import java.util.Map;

/**
 * A token request refused in OAuth's terms ({@code invalid_client}, {@code use_dpop_nonce}...), with the headers
 * that go with it (the {@code DPoP-Nonce} to retry with).
 */
public class OAuthException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;
    private final transient Map<String, String> headers;

    public OAuthException(int status, String error, String description, Map<String, String> headers) {
        super(description);
        this.status = status;
        this.error = error;
        this.headers = Map.copyOf(headers);
    }

    public static OAuthException badRequest(String error, String description) {
        return new OAuthException(400, error, description, Map.of());
    }

    public static OAuthException invalidClient(String description) {
        return new OAuthException(401, "invalid_client", description, Map.of());
    }

    public static OAuthException invalidDpopProof(String description) {
        return badRequest("invalid_dpop_proof", description);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
