package dev.luccaokta.scim.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.Path;
import com.unboundid.scim2.common.messages.SortOrder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Sorting of search results by {@code sortBy}. Each key is read once; resources without a value come last in both
 * orders (a descending list starts with values, not with blanks); equal keys keep the index order, which keeps
 * paging consistent.
 */
final class ResourceOrdering {

    private ResourceOrdering() {
    }

    static List<ObjectNode> sort(List<ObjectNode> resources, Path sortBy, SortOrder order) {
        List<Keyed> keyed = new ArrayList<>(resources.size());
        for (int i = 0; i < resources.size(); i++) {
            keyed.add(new Keyed(i, SortKey.of(resources.get(i), sortBy).orElse(null)));
        }
        Comparator<SortKey> byValue = order == SortOrder.DESCENDING
                ? Comparator.<SortKey>reverseOrder() : Comparator.<SortKey>naturalOrder();
        // List.sort is stable, which is what keeps ties in index order.
        keyed.sort(Comparator.comparing(Keyed::key, Comparator.nullsLast(byValue)));
        return SelectedView.of(resources, keyed.stream().mapToInt(Keyed::position).toArray());
    }

    /** A resource's position and its sort key, null when it has no value to sort by. */
    private record Keyed(int position, SortKey key) {
    }
}
