package dev.luccaokta.oktasandbox.auth;

/** A client assertion or a DPoP proof that fails a check; the message says which, for the error description. */
public class JwtRejected extends Exception {
    private static final long serialVersionUID = 1L;

    public JwtRejected(String reason) {
        super(reason);
    }
}
