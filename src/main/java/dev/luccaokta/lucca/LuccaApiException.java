package dev.luccaokta.lucca;

/**
 * Lucca answered with an error status. Carries the status and Lucca's own message (its
 * {@code {"Status": 404, "Message": "..."}} body), never the request's key.
 */
public class LuccaApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public LuccaApiException(int status, String luccaMessage) {
        super("Lucca answered " + status + (luccaMessage == null ? "" : ": " + luccaMessage));
        this.status = status;
    }

    public int status() {
        return status;
    }
}
