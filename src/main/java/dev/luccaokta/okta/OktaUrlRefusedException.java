package dev.luccaokta.okta;

/**
 * The connector does not call this URL ({@link OktaUrlPolicy}), or its host does not resolve now. The message says
 * no more than that, since whoever typed the URL may be probing the connector's network; the reason goes to the
 * server's log. Nothing was sent.
 */
public final class OktaUrlRefusedException extends OktaFailure {

    private static final long serialVersionUID = 1L;

    OktaUrlRefusedException(boolean unresolved) {
        super(unresolved ? Kind.HOST_UNRESOLVED : Kind.URL_REFUSED, unresolved
                ? "The Okta org's host does not resolve now"
                : "Refused by the connector's URL policy: not the address of an Okta org it calls",
                null, 0, null, null, false);
    }
}
