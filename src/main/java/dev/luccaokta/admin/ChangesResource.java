package dev.luccaokta.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * What each publication of a tenant's snapshot changed for Okta, newest first: {@code ?days=7&offset=0&count=50}.
 * The same as CSV: {@link ChangesCsvResource}.
 */
@Path("tenants/{id}/changes")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ChangesResource {

    @Inject
    AuthorizedTenant authorized;

    @Inject
    ChangeLogView changeLog;

    @GET
    public JsonObject changes(@PathParam("id") String id, @QueryParam("days") @DefaultValue("7") String days,
                              @QueryParam("offset") @DefaultValue("0") String offset,
                              @QueryParam("count") @DefaultValue("50") String count) {
        return changeLog.page(authorized.of(id), days, offset, count);
    }
}
