package dev.luccaokta.scim;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which SCIM endpoint a request is for ({@code Users}, {@code ServiceProviderConfig}), never ids or query strings,
 * and {@code other} for any other path: the kind shown in the status page and tagged on metrics, so random paths
 * never multiply either.
 */
final class ScimEndpoint {

    private static final Map<String, String> KNOWN = Map.of("users", "Users", "groups", "Groups",
            "serviceproviderconfig", "ServiceProviderConfig", "schemas", "Schemas", "resourcetypes", "ResourceTypes");
    private static final Set<String> COLLECTIONS = Set.of("Users", "Groups");

    private ScimEndpoint() {
    }

    /** The collection a request lists ({@code GET /Users}, not {@code GET /Users/42}), if it lists one. */
    static Optional<String> listedCollection(ContainerRequestContext request) {
        long segments = request.getUriInfo().getPathSegments().stream().filter(segment -> !segment.getPath().isEmpty()).count();
        String endpoint = of(request);
        return "GET".equals(request.getMethod()) && segments == 1 && COLLECTIONS.contains(endpoint)
                ? Optional.of(endpoint) : Optional.empty();
    }

    static String of(ContainerRequestContext request) {
        String first = request.getUriInfo().getPathSegments().stream().map(segment -> segment.getPath())
                .filter(path -> !path.isEmpty()).findFirst().orElse("");
        return KNOWN.getOrDefault(first.toLowerCase(Locale.ROOT), "other");
    }
}
