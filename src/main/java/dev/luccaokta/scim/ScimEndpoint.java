package dev.luccaokta.scim;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Locale;
import java.util.Map;

/**
 * Which SCIM endpoint a request is for ({@code Users}, {@code ServiceProviderConfig}), never ids or query strings,
 * and {@code other} for any other path: the kind shown in the status page and tagged on metrics, so random paths
 * never multiply either.
 */
final class ScimEndpoint {

    private static final Map<String, String> KNOWN = Map.of("users", "Users", "groups", "Groups",
            "serviceproviderconfig", "ServiceProviderConfig", "schemas", "Schemas", "resourcetypes", "ResourceTypes");

    private ScimEndpoint() {
    }

    static String of(ContainerRequestContext request) {
        String first = request.getUriInfo().getPathSegments().stream().map(segment -> segment.getPath())
                .filter(path -> !path.isEmpty()).findFirst().orElse("");
        return KNOWN.getOrDefault(first.toLowerCase(Locale.ROOT), "other");
    }
}
