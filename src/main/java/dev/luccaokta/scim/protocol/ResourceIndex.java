package dev.luccaokta.scim.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.Path;
import com.unboundid.scim2.common.filters.Filter;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One immutable snapshot of the resources of one type (Users or Groups), as the search reads them. The nodes are
 * shared by every reader and never modified by this package; they should be {@link ScimNodes#caseIgnoring
 * case-ignoring}, or attribute names in filters would match only in their exact case. The index order is the order
 * of results when no {@code sortBy} is given, so it must be stable for paging to be consistent.
 * {@link InMemoryResourceIndex} is a ready implementation.
 *
 * <pre>{@code
 * ResourceIndex users = InMemoryResourceIndex.of(snapshot, "id", "userName", "emails.value");
 * ListResult page = ResourceSearch.search(users, request);
 * }</pre>
 */
public interface ResourceIndex {

    /** Every resource, in the stable index order. */
    List<ObjectNode> all();

    /** The resource whose {@code id} is exactly {@code id}. */
    Optional<ObjectNode> byId(String id);

    /**
     * The positions in {@link #all()} of the resources with a value of {@code attribute} equal to {@code value}
     * ignoring case, each once, ascending; or empty when {@code attribute} is not indexed, and the search then scans
     * {@link #all()}. A superset is fine: the search checks the whole filter on what comes back.
     *
     * @param attribute an attribute path without value filter or core schema URN, in the case the client wrote it:
     *                  compare its {@code toString()} ignoring case ({@code userName}, {@code emails.value},
     *                  {@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber})
     */
    Optional<int[]> equalTo(Path attribute, String value);

    /**
     * The positions in {@link #all()} of exactly the resources matching {@code comparison}, one attribute test
     * ({@code eq}, {@code sw}, {@code gt}…), ascending, when the index can tell without reading the resources; empty
     * otherwise. Unlike {@link #equalTo}, the answer is taken as it is: it must agree with the filter's evaluation.
     */
    default Optional<int[]> exactly(Filter comparison) {
        return Optional.empty();
    }

    /**
     * What a search worked out from every resource (a sort order, the attributes a filter reads), kept for the
     * next search for as long as the resources stay the same; computed each time unless the index keeps it.
     */
    default <T> T remembered(String key, Supplier<T> compute) {
        return compute.get();
    }

    /**
     * The same, for a value worked out resource by resource: {@code compute} is given what an index this one was made
     * from kept under {@code key}, if the index knows it, valid for the resources whose {@link #stamp} is the same.
     */
    default <T> T rememberedAcross(String key, Function<Optional<T>, T> compute) {
        return compute.apply(Optional.empty());
    }

    /**
     * An object that stays the same instance, here and in the indexes made from this one, for as long as the
     * resource at {@code position} of {@link #all()} is unchanged; compared by identity only. Null when the index
     * cannot tell.
     */
    default Object stamp(int position) {
        return null;
    }
}
