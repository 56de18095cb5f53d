package dev.luccaokta.sandbox.query;

/** A query the client wrote wrongly; the message says what and is sent back as is with a 400 status. */
public class QueryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QueryException(String message) {
        super(message);
    }
}
