package dev.luccaokta.oktasandbox.directory;

import java.security.SecureRandom;

/** Ids shaped like Okta's: a type prefix ({@code 00u}, {@code 0ua}, {@code 00g}, {@code aps}) and 17 letters or digits. */
public final class OktaIds {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OktaIds() {
    }

    public static String next(String prefix) {
        StringBuilder id = new StringBuilder(prefix);
        while (id.length() < 20) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
