package dev.luccaokta.sandbox.api;

import dev.luccaokta.sandbox.query.FieldSelection;
import dev.luccaokta.sandbox.query.QueryException;
import dev.luccaokta.sandbox.query.QueryParameters;
import jakarta.ws.rs.core.UriInfo;

import java.util.Optional;
import java.util.Set;

/** The request parameters shared by several resources: a lone {@code fields}, no parameter at all, a numeric id. */
final class RequestParameters {
    private static final String FIELDS = "fields";

    private RequestParameters() {
    }

    /** The decoded query parameters; a malformed percent-encoding is the client's mistake, answered with a 400. */
    static QueryParameters of(UriInfo uri) {
        try {
            return new QueryParameters(uri.getQueryParameters());
        } catch (IllegalArgumentException e) {
            throw new QueryException("Malformed query string: " + e.getMessage());
        }
    }

    /** The {@code fields} parameter of an endpoint that takes no other. */
    static FieldSelection fieldsOnly(UriInfo uri) {
        QueryParameters parameters = of(uri).acceptOnly(Set.of(FIELDS));
        return FieldSelection.parse(parameters.single(FIELDS).orElse(null));
    }

    /** Checks that an endpoint that takes no parameter got none. */
    static void none(UriInfo uri) {
        of(uri).acceptOnly(Set.of());
    }

    /** A path id; a non-numeric id matches nothing, as in Lucca, rather than being a malformed request. */
    static Optional<Integer> id(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
