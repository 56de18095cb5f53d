package dev.luccaokta.okta;

/**
 * Okta answered something the connector cannot use: a redirect (never followed: an org URL leads nowhere else), an
 * answer longer than {@code okta.maxAnswerBytes}, or a success whose body is not what Okta documents. Okta did
 * answer, so a write it acknowledged this way may well have been applied.
 */
public final class OktaUnusableAnswerException extends OktaFailure {

    private static final long serialVersionUID = 1L;

    OktaUnusableAnswerException(String message) {
        super(Kind.UNUSABLE_ANSWER, "Okta's answer cannot be used: " + message, null, 0, null, null, true);
    }
}
