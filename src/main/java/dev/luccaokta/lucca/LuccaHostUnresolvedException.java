package dev.luccaokta.lucca;

/**
 * The URL's host does not resolve now, so its addresses cannot be checked: refused where a URL is typed, and a
 * failure worth retrying ({@link LuccaTransientException}) where a Lucca already set up is called, since DNS may
 * answer again in a moment.
 */
public final class LuccaHostUnresolvedException extends LuccaUrlRefusedException {

    private static final long serialVersionUID = 1L;

    @Override
    public Kind kind() {
        return Kind.HOST_UNRESOLVED;
    }
}
