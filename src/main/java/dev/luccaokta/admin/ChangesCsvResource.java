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

/**
 * A tenant's change log as CSV, one record per change listed in the last days ({@code ?days=7}), for a spreadsheet.
 * A resource of its own: {@code changes.csv} is not below {@code changes}.
 */
@Path("tenants/{id}/changes.csv")
@Produces(ChangesCsvResource.CSV)
@RequestScoped
public class ChangesCsvResource {

    static final String CSV = "text/csv; charset=utf-8";

    @Inject
    AuthorizedTenant authorized;

    @Inject
    ChangeLogView changeLog;

    @GET
    public Response changes(@PathParam("id") String id, @QueryParam("days") @DefaultValue("7") String days) {
        return Response.ok(changeLog.csv(authorized.of(id), days), CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"lucca-okta-changes.csv\"").build();
    }
}
