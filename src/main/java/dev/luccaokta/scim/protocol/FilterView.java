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
import java.util.List;
import java.util.Locale;
import java.util.RandomAccess;
import java.util.TreeSet;

/**
 * Every resource of an index reduced to the attributes a filter reads, for a scan: a filter sees nothing else, so it
 * answers the same on the reduced resource. Each is kept as compact JSON, a few dozen bytes, and the whole view is
 * {@link ResourceIndex#remembered remembered} under those attributes: the next filter reading them scans without
 * decoding a single whole resource.
 */
final class FilterView extends AbstractList<ObjectNode> implements RandomAccess {

    private static final ObjectMapper WRITER = new ObjectMapper();
    private static final ObjectReader READER = JsonUtils.getObjectReader();

    private final byte[][] reduced;

    private FilterView(byte[][] reduced) {
        this.reduced = reduced;
    }

    static List<ObjectNode> of(ResourceIndex index, Filter filter) throws ScimException {
        List<Path> paths = filter.visit(new ReadPaths(), new ArrayList<>());
        TreeSet<String> names = new TreeSet<>();
        paths.forEach(path -> names.add(path.toString().toLowerCase(Locale.ROOT)));
        return index.remembered("filter " + String.join(" ", names), () -> reduce(index.all(), AttributeTree.of(paths)));
    }

    private static FilterView reduce(List<ObjectNode> resources, AttributeTree read) {
        byte[][] reduced = new byte[resources.size()][];
        for (int i = 0; i < reduced.length; i++) {
            try {
                reduced[i] = WRITER.writeValueAsBytes(read.keep(resources.get(i)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A resource cannot be written as JSON", e);
            }
        }
        return new FilterView(reduced);
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
