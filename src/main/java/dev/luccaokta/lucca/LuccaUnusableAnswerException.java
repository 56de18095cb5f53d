package dev.luccaokta.lucca;

/**
 * Lucca answered something the connector cannot use: a page that is not JSON or not of the documented shape, a
 * link to another host, a cursor that repeats, more pages than the directory can hold, an answer too large. The read
 * stops there; nothing of it is published. It counts as a 502, the status of a gateway given an answer it cannot
 * use; a write it answered may have been applied, since what Lucca said of it cannot be read.
 */
public final class LuccaUnusableAnswerException extends LuccaErrorStatusException {
    private static final long serialVersionUID = 1L;

    public LuccaUnusableAnswerException(String problem) {
        super(502, "an answer the connector cannot use: " + problem, null);
    }

    @Override
    public Kind kind() {
        return Kind.UNUSABLE_ANSWER;
    }

    @Override
    public boolean mayHaveApplied() {
        return true;
    }
}
