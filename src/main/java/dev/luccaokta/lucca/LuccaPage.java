package dev.luccaokta.lucca;

import java.util.List;

/** One page of an organisation list: {@code {"items": [...], "count": N, "prev": url, "next": url}}. */
public record LuccaPage<T>(List<T> items, int count, String prev, String next) {

    public List<T> items() {
        return items == null ? List.of() : items;
    }

    public boolean hasNext() {
        return next != null && !next.isBlank();
    }
}
