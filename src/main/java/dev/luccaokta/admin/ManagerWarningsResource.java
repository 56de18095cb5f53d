package dev.luccaokta.admin;

import dev.luccaokta.directory.ManagerChecks;
import dev.luccaokta.directory.ManagerReport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The people Okta receives with a manager it cannot use (not imported, inactive, or in a cycle), counted by reason,
 * the first ones listed with the manager as Okta receives it: {@code ?reason=MANAGER_CYCLE&limit=50}.
 */
@Path("tenants/{id}/manager-warnings")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ManagerWarningsResource {

    @Inject
    AuthorizedTenant authorized;

    @Inject
    ManagerWarnings warnings;

    @GET
    public ManagerReport report(@PathParam("id") String id, @QueryParam("reason") String reason,
                                @QueryParam("limit") @DefaultValue("" + ManagerChecks.MAX_LISTED) String limit) {
        return warnings.of(authorized.of(id), reason, limit);
    }
}
