package dev.luccaokta.tenant;

/** Which Lucca field becomes the SCIM {@code userName} Okta matches people on. */
public enum UserNameSource {
    /** Lucca's {@code login} (the default). */
    LOGIN,
    /** Lucca's {@code mail}, for companies whose Okta logins are e-mail addresses. */
    MAIL
}
