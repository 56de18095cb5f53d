package dev.luccaokta.oktasandbox.sessions;

/** An import session's status, as Okta names it. */
public enum SessionStatus {
    CREATED, IN_PROGRESS, TRIGGERED, COMPLETED, CLOSED, EXPIRED, ERROR;

    /** Still taking data: the only statuses that bulk requests and cancelling accept. */
    public boolean open() {
        return this == CREATED || this == IN_PROGRESS;
    }

    /** Active in Okta's sense: open, or waiting to be processed. */
    public boolean active() {
        return open() || this == TRIGGERED;
    }
}
