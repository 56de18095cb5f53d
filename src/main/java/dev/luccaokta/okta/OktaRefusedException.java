package dev.luccaokta.okta;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * Okta answered for itself and refused the call: asking again the same way gives the same answer, except after the
 * 5-minute session window ({@link Kind#SESSION_WINDOW}, whose {@link #retryAfter()} is set). Nothing was applied.
 */
public final class OktaRefusedException extends OktaFailure {

    private static final long serialVersionUID = 1L;
    private static final Set<Kind> KINDS = EnumSet.of(Kind.FEATURE_MISSING, Kind.CREDENTIALS_REFUSED,
            Kind.SESSION_WINDOW, Kind.SESSION_STATE, Kind.INVALID_REQUEST, Kind.NOT_FOUND);

    OktaRefusedException(Kind kind, int status, OktaError error, Duration retryAfter) {
        super(refusal(kind), describe(status, error), null, status, error, retryAfter, false);
    }

    private static Kind refusal(Kind kind) {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("Not a refusal: " + kind);
        }
        return kind;
    }
}
