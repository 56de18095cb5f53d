package dev.luccaokta.sandbox.generator;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a person's name into the plain ASCII used in logins and mail addresses: accents removed
 * (Éloïse → eloise), letters without a decomposition spelled out (ø → o, æ → ae), lower-cased, and apostrophes
 * and spaces dropped (O'Connor → oconnor) while hyphens stay (Jean-Baptiste → jean-baptiste).
 */
final class AsciiFolding {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LOGIN_CHARACTER = Pattern.compile("[^a-z0-9-]");

    private AsciiFolding() {
    }

    static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        String unmarked = COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)
                .replace("ø", "o").replace("æ", "ae").replace("œ", "oe").replace("ß", "ss")
                .replace("ł", "l").replace("đ", "d").replace("ı", "i");
        return NOT_LOGIN_CHARACTER.matcher(unmarked).replaceAll("");
    }
}
