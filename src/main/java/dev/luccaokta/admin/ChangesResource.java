package dev.luccaokta.admin;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What each publication of a tenant's snapshot changed for Okta, newest first: {@code ?days=7&offset=0&count=50}.
 * The same as CSV: {@link ChangesCsvResource}.
 */
@Path("tenants/{id}/changes")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "tenants")
public class ChangesResource {

    @Inject
    AuthorizedTenant authorized;

    @Inject
    ChangeLogView changeLog;

    @GET
    @Operation(operationId = "getChanges", summary = "What each publication of the tenant's snapshot changed for Okta "
            + "(a read of Lucca, Lucca's events, a write-back), newest first, with its counts and its first 200 changes")
    public ChangeLogView.Page changes(
            @PathParam("id") String id,
            @Parameter(description = "The publications of the last this many days", schema = @Schema(type =
                    SchemaType.INTEGER, minimum = "1", maximum = "" + ChangeLogView.MAX_DAYS))
            @QueryParam("days") @DefaultValue("7")
            @WholeNumber(min = 1, max = ChangeLogView.MAX_DAYS, message = ChangeLogView.DAYS) String days,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("offset") @DefaultValue("0") @WholeNumber(message = ChangeLogView.OFFSET) String offset,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + ChangeLogView.MAX_COUNT))
            @QueryParam("count") @DefaultValue("50")
            @WholeNumber(min = 1, max = ChangeLogView.MAX_COUNT, message = ChangeLogView.COUNT) String count) {
        return changeLog.page(authorized.of(id), WholeNumber.Check.value(days), WholeNumber.Check.value(offset),
                WholeNumber.Check.value(count));
    }
}
