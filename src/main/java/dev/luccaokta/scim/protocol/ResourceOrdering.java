package dev.luccaokta.scim.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.Path;
import com.unboundid.scim2.common.messages.SortOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Sorting of search results by {@code sortBy}. Each key is read once; resources without a value come last in both
 * orders (a descending list starts with values, not with blanks); equal keys keep the index order, which keeps
 * paging consistent. A few results are sorted by reading them; many are sorted by the order of every resource,
 * worked out once and {@link ResourceIndex#remembered remembered} by the index.
 */
final class ResourceOrdering {

    /** Below one result in this many resources, reading the results is cheaper than a whole order the first time. */
    private static final int FEW = 16;

    private ResourceOrdering() {
    }

    /**
     * @param matches positions in the index, ascending; null for every resource
     * @return the same positions in the requested order
     */
    static int[] sort(ResourceIndex index, int[] matches, Path sortBy, SortOrder order) {
        List<ObjectNode> all = index.all();
        if (matches != null && (long) matches.length * FEW < all.size()) {
            return ordered(all, matches, sortBy, order);
        }
        Ranking ranking = index.remembered("sort " + sortBy.toString().toLowerCase(Locale.ROOT) + " " + order,
                () -> Ranking.of(all, sortBy, order));
        return matches == null ? ranking.order().clone() : ranking.sorted(matches);
    }

    private static int[] ordered(List<ObjectNode> resources, int[] positions, Path sortBy, SortOrder order) {
        List<Keyed> keyed = new ArrayList<>(positions.length);
        for (int position : positions) {
            keyed.add(new Keyed(position, SortKey.of(resources.get(position), sortBy).orElse(null)));
        }
        Comparator<SortKey> byValue = order == SortOrder.DESCENDING
                ? Comparator.<SortKey>reverseOrder() : Comparator.<SortKey>naturalOrder();
        // List.sort is stable, which is what keeps ties in index order.
        keyed.sort(Comparator.comparing(Keyed::key, Comparator.nullsLast(byValue)));
        return keyed.stream().mapToInt(Keyed::position).toArray();
    }

    /** A resource's position and its sort key, null when it has no value to sort by. */
    private record Keyed(int position, SortKey key) {
    }

    /** Every resource's place in the order ({@code rank}) and the positions in that order ({@code order}). */
    private record Ranking(int[] order, int[] rank) {

        static Ranking of(List<ObjectNode> resources, Path sortBy, SortOrder sortOrder) {
            int[] order = ordered(resources, IntStream.range(0, resources.size()).toArray(), sortBy, sortOrder);
            int[] rank = new int[order.length];
            for (int place = 0; place < order.length; place++) {
                rank[order[place]] = place;
            }
            return new Ranking(order, rank);
        }

        /** Some positions in this order: their places sorted, read back as positions. */
        int[] sorted(int[] positions) {
            int[] places = Arrays.stream(positions).map(position -> rank[position]).sorted().toArray();
            return Arrays.stream(places).map(place -> order[place]).toArray();
        }
    }
}
