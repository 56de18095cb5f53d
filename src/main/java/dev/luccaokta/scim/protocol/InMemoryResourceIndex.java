package dev.luccaokta.scim.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.Path;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.utils.JsonUtils;
import com.unboundid.scim2.common.utils.StaticUtils;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link ResourceIndex} over a list of resources held in memory, with hash lookups on the string values of the
 * attributes it is told to index (multi-valued ones such as {@code emails.value} included), compared ignoring case.
 * Building it reads every resource once; lookups never scan. The resources it returns are its own
 * {@link ScimNodes case-ignoring} versions of those it was given.
 *
 * <pre>{@code
 * ResourceIndex groups = InMemoryResourceIndex.of(groupNodes, "id", "displayName");
 * }</pre>
 */
public final class InMemoryResourceIndex implements ResourceIndex {

    private final List<ObjectNode> all;
    private final Map<String, ObjectNode> byId;
    /** Indexed attribute, lower-cased path text → lower-cased value → positions in index order. */
    private final Map<String, Map<String, int[]>> byAttribute;

    private InMemoryResourceIndex(List<ObjectNode> all, Map<String, ObjectNode> byId,
                                  Map<String, Map<String, int[]>> byAttribute) {
        this.all = all;
        this.byId = byId;
        this.byAttribute = byAttribute;
    }

    /**
     * Indexes {@code resources}, kept in the given order and made case-insensitive with
     * {@link ScimNodes#caseIgnoring}; the nodes must not change afterwards.
     *
     * @param indexedAttributes attribute paths such as {@code userName} or {@code emails.value}
     * @throws IllegalArgumentException when an attribute path is malformed
     */
    public static InMemoryResourceIndex of(List<ObjectNode> resources, String... indexedAttributes) {
        List<ObjectNode> all = resources.stream().map(ScimNodes::caseIgnoring).toList();
        Map<String, ObjectNode> byId = new HashMap<>();
        for (ObjectNode resource : all) {
            JsonNode id = resource.path("id");
            if (id.isTextual()) {
                byId.putIfAbsent(id.textValue(), resource);
            }
        }
        Map<String, Map<String, int[]>> byAttribute = new HashMap<>();
        for (String attribute : indexedAttributes) {
            Path path = parse(attribute);
            byAttribute.put(key(path), valueIndex(all, path));
        }
        return new InMemoryResourceIndex(all, Map.copyOf(byId), Map.copyOf(byAttribute));
    }

    @Override
    public List<ObjectNode> all() {
        return all;
    }

    @Override
    public Optional<ObjectNode> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<int[]> equalTo(Path attribute, String value) {
        Map<String, int[]> index = byAttribute.get(key(attribute));
        return index == null ? Optional.empty()
                : Optional.of(index.getOrDefault(StaticUtils.toLowerCase(value), new int[0]));
    }

    private static Path parse(String attribute) {
        try {
            return AttributePaths.unqualified(Path.fromString(attribute));
        } catch (BadRequestException e) {
            throw new IllegalArgumentException("Cannot index '" + attribute + "': " + e.getMessage(), e);
        }
    }

    private static String key(Path path) {
        return path.toString().toLowerCase(Locale.ROOT);
    }

    private static Map<String, int[]> valueIndex(List<ObjectNode> resources, Path path) {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int position = 0; position < resources.size(); position++) {
            for (String value : lowerCaseValues(resources.get(position), path)) {
                index.computeIfAbsent(value, v -> new ArrayList<>()).add(position);
            }
        }
        Map<String, int[]> positions = new HashMap<>();
        index.forEach((value, matches) -> positions.put(value, matches.stream().mapToInt(Integer::intValue).toArray()));
        return positions;
    }

    /** The distinct string values at {@code path}, lower-cased; a resource is listed once per value. */
    private static Set<String> lowerCaseValues(ObjectNode resource, Path path) {
        Set<String> values = new HashSet<>();
        try {
            for (JsonNode found : JsonUtils.findMatchingPaths(path, resource)) {
                for (JsonNode value : found.isArray() ? found : List.of(found)) {
                    if (value.isTextual()) {
                        values.add(StaticUtils.toLowerCase(value.textValue()));
                    }
                }
            }
        } catch (ScimException e) {
            throw new IllegalArgumentException("Cannot index " + path + ": " + e.getMessage(), e);
        }
        return values;
    }
}
