package dev.luccaokta.lucca;

import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;

/**
 * Lucca's current API (v5, {@code /lucca-api}, version {@value #VERSION}), as the connector reads it: one page of
 * a collection at a time, {@value #MAX_LIMIT} items at most. Obtain one per Lucca instance from {@link LuccaClients}.
 */
@Path("/lucca-api")
@Produces(MediaType.APPLICATION_JSON)
@RegisterProvider(LuccaErrorMapper.class)
@ClientHeaderParam(name = "Api-Version", value = LuccaResourcesApi.VERSION)
public interface LuccaResourcesApi {

    /** The API version every call is pinned to; its schemas are what the connector parses. */
    String VERSION = "2024-11-01";

    /** Largest page Lucca serves. */
    int MAX_LIMIT = 100;

    /**
     * @param bearer     {@code Bearer <access token>}
     * @param collection {@code employees}, {@code departments}, ...
     * @param include    {@code embedded,links}
     * @param page       the cursor from the previous page's {@code next} link, null for the first page
     * @param status     employees: {@code active,upcoming,deactivated}; events: their delivery's status; null elsewhere
     * @param ids        a comma list of at most 100 ids, or null for all
     * @param employeeIds a comma list of at most 100 employee ids whose items are wanted (personal records,
     *                   attributes), or null for all
     * @param definitionIds employee attributes only: the custom fields wanted; null elsewhere
     * @param asOf       employee attributes only: the day their values apply on ({@code 2026-12-06}); null elsewhere
     */
    @GET
    @Path("/{collection}")
    JsonObject page(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("collection") String collection,
                    @QueryParam("limit") int limit, @QueryParam("include") String include,
                    @QueryParam("page") String page, @QueryParam("status") String status, @QueryParam("id") String ids,
                    @QueryParam("employee.id") String employeeIds,
                    @QueryParam("definition.id") String definitionIds, @QueryParam("applicability.asOf") String asOf);
}
