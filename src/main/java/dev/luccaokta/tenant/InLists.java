package dev.luccaokta.tenant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Values split into lists short enough for one {@code in (...)} of a query: databases cap a query's parameters. */
final class InLists {

    static final int SIZE = 500;

    private InLists() {
    }

    static <T> List<List<T>> of(Collection<T> values) {
        List<T> all = List.copyOf(values);
        List<List<T>> lists = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SIZE) {
            lists.add(all.subList(from, Math.min(all.size(), from + SIZE)));
        }
        return lists;
    }
}
