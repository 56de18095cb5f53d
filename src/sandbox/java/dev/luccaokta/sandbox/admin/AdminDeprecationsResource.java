package dev.luccaokta.sandbox.admin;

import dev.luccaokta.sandbox.traffic.Deprecation;
import dev.luccaokta.sandbox.traffic.Deprecations;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.logging.Logger;

/**
 * Announces the end of routes as Lucca does once it deprecates them, for tests of a client that must notice: from
 * then on, every answer to the route carries a {@code Deprecation} header and, when an end date is given, a
 * {@code Sunset} header. Announcements last until the next reset.
 */
@Path("sandbox/deprecations")
@Produces(MediaType.APPLICATION_JSON)
@Dependent
public class AdminDeprecationsResource {
    private static final Logger LOG = Logger.getLogger(AdminDeprecationsResource.class.getName());

    @Inject
    Deprecations deprecations;

    @GET
    public JsonObject list() {
        return AdminJson.deprecations(deprecations.all());
    }

    /**
     * {@code {"route": "GET /api/v3/users", "deprecation": "@1767225600", "sunset": "Wed, 30 Sep 2026 23:59:59 GMT"}},
     * {@code sunset} optional, replacing what was announced for that route; answers every route announced.
     */
    @PUT
    public JsonObject announce(String body) {
        Deprecation deprecation = AdminJson.deprecation(AdminJson.object(body));
        deprecations.announce(deprecation);
        LOG.info(() -> "Announcing " + deprecation);
        return list();
    }
}
