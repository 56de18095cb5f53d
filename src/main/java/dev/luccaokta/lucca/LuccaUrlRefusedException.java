package dev.luccaokta.lucca;

import java.time.Duration;

/**
 * The connector does not call this URL: it is not one of a Lucca the configuration allows ({@link LuccaUrlPolicy}).
 * The message says no more than that, since whoever typed the URL may be probing the connector's network; the
 * reason goes to the server's log. Nothing was sent.
 */
public sealed class LuccaUrlRefusedException extends LuccaFailure permits LuccaHostUnresolvedException {

    /**
     * How long Okta is told to wait when a tenant's stored URL is refused: it stays refused until an administrator
     * changes the URL or the settings, so asking again soon is pointless.
     */
    public static final Duration RETRY_AFTER = Duration.ofHours(1);

    private static final long serialVersionUID = 1L;

    public LuccaUrlRefusedException() {
        super("Refused by the connector's URL policy: not the address of a Lucca it calls", null);
    }

    @Override
    public Kind kind() {
        return Kind.URL_REFUSED;
    }

    @Override
    public boolean mayHaveApplied() {
        return false;
    }
}
