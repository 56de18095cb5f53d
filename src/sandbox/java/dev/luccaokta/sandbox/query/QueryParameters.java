package dev.luccaokta.sandbox.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The decoded query parameters of one request, with the checks every endpoint applies: a parameter the endpoint
 * does not know is an error (rather than silently ignored, which would hide a misspelt filter), and so is a
 * parameter given twice when it takes a single value.
 */
public final class QueryParameters {
    private final Map<String, List<String>> values;

    public QueryParameters(Map<String, List<String>> values) {
        this.values = Map.copyOf(values);
    }

    /** @throws QueryException when a parameter is not one of {@code accepted} */
    public QueryParameters acceptOnly(Set<String> accepted) {
        for (String name : values.keySet()) {
            if (!accepted.contains(name)) {
                throw new QueryException("Unknown query parameter '" + name + "'"
                        + (accepted.isEmpty() ? "; this endpoint takes none" : "; accepted: "
                        + String.join(", ", new TreeSet<>(accepted))));
            }
        }
        return this;
    }

    /** @throws QueryException when the parameter is given more than once */
    public Optional<String> single(String name) {
        List<String> given = all(name);
        if (given.size() > 1) {
            throw new QueryException("Query parameter '" + name + "' is given " + given.size() + " times");
        }
        return given.stream().findFirst();
    }

    /** These parameters but {@code name}, which the caller has read. */
    public QueryParameters without(String name) {
        Map<String, List<String>> rest = new HashMap<>(values);
        rest.remove(name);
        return new QueryParameters(rest);
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }
}
