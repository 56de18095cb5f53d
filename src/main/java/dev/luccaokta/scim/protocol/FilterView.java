package dev.luccaokta.scim.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.Path;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.filters.AndFilter;
import com.unboundid.scim2.common.filters.ComplexValueFilter;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.filters.NotFilter;
import com.unboundid.scim2.common.filters.OrFilter;
import com.unboundid.scim2.common.utils.JsonUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.RandomAccess;
import java.util.TreeSet;

/**
 * Every resource of an index reduced to the attributes a filter reads, for a scan: a filter sees nothing else, so it
 * answers the same on the reduced resource. Each is kept as compact JSON, a few dozen bytes, and the whole view is
 * {@link ResourceIndex#rememberedAcross remembered} under those attributes: the next filter reading them scans without
 * decoding a single whole resource, and the view of an index made from this one reduces only the resources that
 * changed.
 */
final class FilterView extends AbstractList<ObjectNode> implements RandomAccess {

    private static final ObjectMapper WRITER = new ObjectMapper();
    private static final ObjectReader READER = JsonUtils.getObjectReader();

    private final byte[][] reduced;
    /** Each resource's {@link ResourceIndex#stamp stamp} when it was reduced, or null. */
    private final Object[] stamps;

    private FilterView(byte[][] reduced, Object[] stamps) {
        this.reduced = reduced;
        this.stamps = stamps;
    }

    static List<ObjectNode> of(ResourceIndex index, Filter filter) throws ScimException {
        List<Path> paths = filter.visit(new ReadPaths(), new ArrayList<>());
        TreeSet<String> names = new TreeSet<>();
        paths.forEach(path -> names.add(path.toString().toLowerCase(Locale.ROOT)));
        AttributeTree read = AttributeTree.of(paths);
        return index.<FilterView>rememberedAcross("filter " + String.join(" ", names),
                earlier -> reduce(index, read, earlier.map(FilterView::byStamp).orElse(Map.of())));
    }

    /** @param known what an earlier view reduced, by the stamp of the resource it reduced */
    private static FilterView reduce(ResourceIndex index, AttributeTree read, Map<Object, byte[]> known) {
        List<ObjectNode> resources = index.all();
        byte[][] reduced = new byte[resources.size()][];
        Object[] stamps = new Object[reduced.length];
        for (int i = 0; i < reduced.length; i++) {
            stamps[i] = index.stamp(i);
            byte[] kept = stamps[i] == null ? null : known.get(stamps[i]);
            reduced[i] = kept != null ? kept : reduced(read, resources.get(i));
        }
        return new FilterView(reduced, stamps);
    }

    private static byte[] reduced(AttributeTree read, ObjectNode resource) {
        try {
            return WRITER.writeValueAsBytes(read.keep(resource));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A resource cannot be written as JSON", e);
        }
    }

    private Map<Object, byte[]> byStamp() {
        Map<Object, byte[]> byStamp = new IdentityHashMap<>(stamps.length);
        for (int i = 0; i < stamps.length; i++) {
            if (stamps[i] != null) {
                byStamp.put(stamps[i], reduced[i]);
            }
        }
        return byStamp;
    }

    @Override
    public ObjectNode get(int index) {
        try {
            return (ObjectNode) READER.readTree(reduced[index]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int size() {
        return reduced.length;
    }

    /** The attribute paths a filter reads; a value filter's whole attribute, as its conditions read inside it. */
    private static final class ReadPaths extends LeafFilterVisitor<List<Path>, List<Path>> {

        @Override
        List<Path> leaf(Filter filter, List<Path> paths) {
            paths.add(filter.getAttributePath());
            return paths;
        }

        @Override
        public List<Path> visit(AndFilter filter, List<Path> paths) throws ScimException {
            return operands(filter.getCombinedFilters(), paths);
        }

        @Override
        public List<Path> visit(OrFilter filter, List<Path> paths) throws ScimException {
            return operands(filter.getCombinedFilters(), paths);
        }

        private List<Path> operands(List<Filter> operands, List<Path> paths) throws ScimException {
            for (Filter operand : operands) {
                operand.visit(this, paths);
            }
            return paths;
        }

        @Override
        public List<Path> visit(NotFilter filter, List<Path> paths) throws ScimException {
            return filter.getInvertedFilter().visit(this, paths);
        }

        @Override
        public List<Path> visit(ComplexValueFilter filter, List<Path> paths) {
            paths.add(filter.getAttributePath());
            return paths;
        }
    }
}
