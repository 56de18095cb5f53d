package dev.luccaokta.scim.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.Path;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.filters.EqualFilter;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.filters.GreaterThanFilter;
import com.unboundid.scim2.common.filters.GreaterThanOrEqualFilter;
import com.unboundid.scim2.common.filters.LessThanFilter;
import com.unboundid.scim2.common.filters.LessThanOrEqualFilter;
import com.unboundid.scim2.common.filters.NotEqualFilter;
import com.unboundid.scim2.common.utils.FilterEvaluator;
import com.unboundid.scim2.common.utils.JsonUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The SDK's {@link FilterEvaluator} with its six ordering comparisons ({@code eq ne gt ge lt le}) routed through
 * {@link ScimValues#compare}, which gives the same answers without the SDK's per-string date parsing cost. That is
 * the difference between tens and hundreds of milliseconds for a scan of 50,000 users. Logical operators, value
 * paths, {@code pr} and the substring operators are the SDK's own.
 */
final class ResourceFilterEvaluator extends FilterEvaluator {

    private static final ResourceFilterEvaluator INSTANCE = new ResourceFilterEvaluator();

    /** In {@code emails[value eq "x"]} over an array of strings, {@code value} names each string itself. */
    private static final Path VALUE = Path.root().attribute("value");

    private ResourceFilterEvaluator() {
    }

    static boolean matches(Filter filter, ObjectNode resource) throws ScimException {
        return filter.visit(INSTANCE, resource);
    }

    @Override
    public Boolean visit(EqualFilter filter, JsonNode node) throws ScimException {
        // The SDK's rules for null (an absent or empty attribute equals null) stay with the SDK.
        return filter.getComparisonValue().isNull() ? super.visit(filter, node) : anyEqual(filter, node);
    }

    @Override
    public Boolean visit(NotEqualFilter filter, JsonNode node) throws ScimException {
        return filter.getComparisonValue().isNull() ? super.visit(filter, node) : !anyEqual(filter, node);
    }

    @Override
    public Boolean visit(GreaterThanFilter filter, JsonNode node) throws ScimException {
        return anyOrdered(filter, node, order -> order > 0);
    }

    @Override
    public Boolean visit(GreaterThanOrEqualFilter filter, JsonNode node) throws ScimException {
        return anyOrdered(filter, node, order -> order >= 0);
    }

    @Override
    public Boolean visit(LessThanFilter filter, JsonNode node) throws ScimException {
        return anyOrdered(filter, node, order -> order < 0);
    }

    @Override
    public Boolean visit(LessThanOrEqualFilter filter, JsonNode node) throws ScimException {
        return anyOrdered(filter, node, order -> order <= 0);
    }

    private static boolean anyEqual(Filter filter, JsonNode node) throws ScimException {
        for (JsonNode value : candidates(filter.getAttributePath(), node)) {
            if (ScimValues.compare(value, filter.getComparisonValue()) == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyOrdered(Filter filter, JsonNode node, IntPredicate accepts) throws ScimException {
        for (JsonNode value : candidates(filter.getAttributePath(), node)) {
            if (value.isBoolean() || value.isBinary()) {
                throw BadRequestException.invalidFilter(
                        "'" + filter + "' orders values, and booleans and binary values have no order");
            }
            if (accepts.test(ScimValues.compare(value, filter.getComparisonValue()))) {
                return true;
            }
        }
        return false;
    }

    /** The values a comparison looks at, found as the SDK finds them, arrays flattened. */
    private static Iterable<JsonNode> candidates(Path path, JsonNode node) throws ScimException {
        if (node.isArray()) {
            return node;
        }
        if (node.isObject()) {
            List<JsonNode> values = new ArrayList<>();
            for (JsonNode found : JsonUtils.findMatchingPaths(path, (ObjectNode) node)) {
                if (found.isArray()) {
                    found.forEach(values::add);
                } else {
                    values.add(found);
                }
            }
            return values;
        }
        return node.isValueNode() && path.equals(VALUE) ? List.of(node) : List.of();
    }
}
