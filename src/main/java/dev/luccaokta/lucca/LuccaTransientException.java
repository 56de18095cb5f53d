package dev.luccaokta.lucca;

/**
 * A Lucca call failed in a way worth trying again: Lucca answered 408, 502, 503 or 504, or the connection failed
 * (refused, reset, timed out, answer cut short). Reads are retried; writes are not, since Lucca may have
 * applied one it did not answer.
 */
public class LuccaTransientException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LuccaTransientException(String message, Throwable cause) {
        super(message, cause);
    }
}
