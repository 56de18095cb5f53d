package dev.luccaokta.directory;

import dev.luccaokta.lucca.LuccaRef;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a Lucca culture, which Lucca names in its own language ("Français (France)", "Deutsch (Schweiz)"),
 * into the language tag SCIM's {@code preferredLanguage} and {@code locale} expect ({@code fr-FR},
 * {@code de-CH}).
 */
final class CultureTags {

    private static final Map<String, String> TAG_BY_NATIVE_NAME = nativeNames();

    private CultureTags() {
    }

    static Optional<String> tagOf(LuccaRef culture) {
        if (culture == null || culture.name() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(TAG_BY_NATIVE_NAME.get(culture.name().strip().toLowerCase(Locale.ROOT)));
    }

    private static Map<String, String> nativeNames() {
        Map<String, String> tags = new HashMap<>();
        for (Locale locale : Locale.getAvailableLocales()) {
            if (!locale.getCountry().isEmpty() && locale.getVariant().isEmpty() && locale.getScript().isEmpty()) {
                tags.putIfAbsent(locale.getDisplayName(locale).toLowerCase(Locale.ROOT), locale.toLanguageTag());
            }
        }
        return Map.copyOf(tags);
    }
}
