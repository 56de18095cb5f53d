package dev.luccaokta.scim.protocol;

import com.unboundid.scim2.common.exceptions.BadRequestException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** List requests for tests, from parameter pairs: {@code Requests.of("filter", "...", "count", "10")}. */
final class Requests {

    private Requests() {
    }

    static ListRequest of(String... parameters) throws BadRequestException {
        return of(SearchLimits.defaults(), parameters);
    }

    static ListRequest of(SearchLimits limits, String... parameters) throws BadRequestException {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            query.computeIfAbsent(parameters[i], name -> new ArrayList<>()).add(parameters[i + 1]);
        }
        return ListRequest.parse(query, limits);
    }
}
