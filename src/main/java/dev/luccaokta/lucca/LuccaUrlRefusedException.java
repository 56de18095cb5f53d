package dev.luccaokta.lucca;

/**
 * The connector does not call this URL: it is not one of a Lucca the configuration allows ({@link LuccaUrlPolicy}).
 * The message says no more than that, since whoever typed the URL may be probing the connector's network; the
 * reason goes to the server's log.
 */
public class LuccaUrlRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LuccaUrlRefusedException() {
        super("Not the address of a Lucca the connector calls");
    }
}
