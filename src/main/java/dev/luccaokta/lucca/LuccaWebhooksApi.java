package dev.luccaokta.lucca;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;

/**
 * The webhook endpoints of Lucca's current API (v5, {@code /lucca-api/webhook-endpoints}): where the tenant's Lucca
 * sends its events. Each call carries a token with the scope {@code webhook-endpoints.readwrite}. Obtain one per
 * Lucca instance from {@link LuccaClients}.
 *
 * <pre>{@code
 * JsonObject page = clients.webhooks(instance).endpoints("Bearer " + token, 100, "links", null);
 * }</pre>
 */
@Path("/lucca-api/webhook-endpoints")
@Produces(MediaType.APPLICATION_JSON)
@RegisterProvider(LuccaErrorMapper.class)
@ClientHeaderParam(name = "Api-Version", value = LuccaResourcesApi.VERSION)
public interface LuccaWebhooksApi {

    /**
     * One page of the endpoints.
     *
     * @param page the cursor from the previous page's {@code next} link, null for the first page
     */
    @GET
    JsonObject endpoints(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @QueryParam("limit") int limit,
                         @QueryParam("include") String include, @QueryParam("page") String page);

    /** Declares an endpoint; the answer is the only one that carries its {@code secret}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    JsonObject create(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, JsonObject endpoint);

    /** Changes the members present in {@code changes} ({@code status}, ...) and answers the endpoint as it now is. */
    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    JsonObject change(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") String id,
                      JsonObject changes);

    @DELETE
    @Path("/{id}")
    void delete(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") String id);
}
