package dev.luccaokta.admin;

import dev.luccaokta.directory.ManagerChecks;
import dev.luccaokta.directory.ManagerReport;
import dev.luccaokta.directory.ManagerWarning;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The people Okta receives with a manager it cannot use (not imported, inactive, or in a cycle), counted by reason,
 * the first ones listed with the manager as Okta receives it: {@code ?reason=MANAGER_CYCLE&limit=50}.
 */
@Path("tenants/{id}/manager-warnings")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "tenants")
public class ManagerWarningsResource {

    @Inject
    AuthorizedTenant authorized;

    @Inject
    ManagerWarnings warnings;

    @GET
    @Operation(operationId = "getManagerWarnings", summary = "The people Okta receives with a manager it cannot use "
            + "(not listed to Okta, listed as inactive, or in a cycle of managers), checked on the snapshot Okta is "
            + "served now: counts per reason, and the first warnings with the manager exactly as Okta receives it")
    @APIResponseSchema(value = ManagerReport.class, responseCode = "200", responseDescription = "The checks")
    @APIResponse(responseCode = "503", ref = "NoSnapshot")
    public ManagerReport report(
            @PathParam("id") String id,
            @Parameter(description = "List only the warnings of this reason (all are counted either way)",
                    schema = @Schema(implementation = ManagerWarning.Reason.class))
            @QueryParam("reason") String reason,
            @Parameter(description = "How many warnings to list", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "0", maximum = "" + ManagerChecks.MAX_LISTED))
            @QueryParam("limit") @DefaultValue("" + ManagerChecks.MAX_LISTED)
            @WholeNumber(max = ManagerChecks.MAX_LISTED, message = ManagerWarnings.LIMIT) String limit) {
        return warnings.of(authorized.of(id), reason, WholeNumber.Check.value(limit));
    }
}
