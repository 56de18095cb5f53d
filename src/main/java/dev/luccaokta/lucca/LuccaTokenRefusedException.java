package dev.luccaokta.lucca;

/**
 * Lucca's token endpoint refused the tenant's OAuth client: {@code invalid_client} (unknown id or wrong secret),
 * {@code invalid_scope} (a scope the client was not granted), or another RFC 6749 error. Retrying does not help.
 */
public final class LuccaTokenRefusedException extends LuccaErrorStatusException {
    private static final long serialVersionUID = 1L;

    private final String error;

    public LuccaTokenRefusedException(int status, String error) {
        super(status, "the token endpoint refused the OAuth client: " + error, null);
        this.error = error;
    }

    /** The RFC 6749 error code, {@code invalid_client} for instance. */
    public String error() {
        return error;
    }

    @Override
    public Kind kind() {
        return Kind.TOKEN_REFUSED;
    }
}
