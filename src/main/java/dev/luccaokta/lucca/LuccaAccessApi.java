package dev.luccaokta.lucca;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;

/**
 * What Lucca says about rights: the calling API key's permissions, and roles with theirs. Used to explain up
 * front what the connector may do, and to check that a person may administer the Okta integration.
 */
@Path("/api/v3")
@Produces(MediaType.APPLICATION_JSON)
@RegisterProvider(LuccaErrorMapper.class)
public interface LuccaAccessApi {

    @GET
    @Path("/apikeys/current")
    LuccaApiKeyItem currentApiKey();

    @GET
    @Path("/roles/{id}")
    LuccaRoleItem role(@PathParam("id") long id, @QueryParam("fields") String fields);
}
