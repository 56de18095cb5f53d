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

    /** What an administrator does about a missing feature, in the message the administration page shows. */
    static final String FEATURE_HINT = " (the org may lack Okta's Identity Source Apps feature: ask Okta to enable it;"
            + " or the identity source id, or the administrator role of the credentials, is wrong)";

    OktaRefusedException(Kind kind, int status, OktaError error, Duration retryAfter) {
        super(refusal(kind), describe(status, error) + (kind == Kind.FEATURE_MISSING ? FEATURE_HINT : ""), null,
                status, error, retryAfter, false);
    }

    private static Kind refusal(Kind kind) {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("Not a refusal: " + kind);
        }
        return kind;
    }
}
