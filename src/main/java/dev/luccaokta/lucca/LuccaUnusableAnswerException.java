package dev.luccaokta.lucca;

/**
 * Lucca answered something the connector cannot use: a page that is not JSON or not of the documented shape, a
 * link to another host, a cursor that repeats, more pages than the directory can hold. The read stops there;
 * nothing of it is published.
 */
public class LuccaUnusableAnswerException extends LuccaErrorStatusException {
    private static final long serialVersionUID = 1L;

    public LuccaUnusableAnswerException(String problem) {
        super(502, "an answer the connector cannot use: " + problem, null);
    }
}
