package dev.luccaokta.sandbox.data;

import java.util.Objects;

/**
 * A reference item that Lucca only ever shows as {@code {id, name}}: a culture, a work calendar or an occupation
 * category (CSP).
 */
public record NamedItem(int id, String name) {
    public NamedItem {
        Objects.requireNonNull(name, "name");
    }
}
