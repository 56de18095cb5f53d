package dev.luccaokta.sandbox.data;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lucca's plain-ASCII forms of names. {@link #sortKey} drops accents and case so that Éloïse sorts next to Eloise;
 * {@link #loginPart} further drops apostrophes and spaces (O'Connor → oconnor) while keeping hyphens
 * (Jean-Baptiste → jean-baptiste), as in logins and mail addresses. Letters without a Unicode decomposition are
 * spelled out (ø → o, æ → ae).
 */
public final class AsciiFolding {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LOGIN_CHARACTER = Pattern.compile("[^a-z0-9-]");

    private AsciiFolding() {
    }

    /** Lower case without accents; spaces and punctuation kept. */
    public static String sortKey(String text) {
        if (isAscii(text)) {
            // Most logins, mails and names: skip the decomposition, which dominates sorting 50,000 users.
            return text.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)
                .replace("ø", "o").replace("æ", "ae").replace("œ", "oe").replace("ß", "ss")
                .replace("ł", "l").replace("đ", "d").replace("ı", "i");
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Only {@code a-z}, digits and hyphens. */
    public static String loginPart(String name) {
        return NOT_LOGIN_CHARACTER.matcher(sortKey(name)).replaceAll("");
    }
}
