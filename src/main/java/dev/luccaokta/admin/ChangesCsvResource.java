package dev.luccaokta.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A tenant's change log as CSV, one record per change listed in the last days ({@code ?days=7}), for a spreadsheet.
 * A resource of its own: {@code changes.csv} is not below {@code changes}.
 */
@Path("tenants/{id}/changes.csv")
@Produces(ChangesCsvResource.CSV)
@RequestScoped
@Tag(name = "tenants")
public class ChangesCsvResource {

    static final String CSV = "text/csv; charset=utf-8";

    @Inject
    AuthorizedTenant authorized;

    @Inject
    ChangeLogView changeLog;

    @GET
    @Operation(operationId = "getChangesCsv", summary = "The change log as CSV (RFC 4180), one record per change "
            + "listed, newest publication first; a cell a spreadsheet would take for a formula starts with an apostrophe")
    @APIResponse(responseCode = "200", description = "Columns published_at, source, kind, resource_type, id, name, "
            + "attributes, members_added, members_removed, added_member_ids, removed_member_ids; a first snapshot is one "
            + "record of kind FIRST_SNAPSHOT with its size, and changes counted but not listed one record of kind "
            + "NOT_LISTED", content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response changes(
            @PathParam("id") String id,
            @Parameter(description = "The publications of the last this many days", schema = @Schema(type =
                    SchemaType.INTEGER, minimum = "1", maximum = "" + ChangeLogView.MAX_DAYS))
            @QueryParam("days") @DefaultValue("7")
            @WholeNumber(min = 1, max = ChangeLogView.MAX_DAYS, message = ChangeLogView.DAYS) String days) {
        return Response.ok(changeLog.csv(authorized.of(id), WholeNumber.Check.value(days)), CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"lucca-okta-changes.csv\"").build();
    }
}
