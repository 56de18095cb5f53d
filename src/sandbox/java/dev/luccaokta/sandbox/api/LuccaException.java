package dev.luccaokta.sandbox.api;

/** A request refused with an HTTP status and a message for the client, rendered as Lucca's error body. */
public class LuccaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    public LuccaException(int status, String message) {
        super(message);
        this.status = status;
    }

    public static LuccaException badRequest(String message) {
        return new LuccaException(400, message);
    }

    public static LuccaException notFound(String message) {
        return new LuccaException(404, message);
    }

    public int status() {
        return status;
    }
}
