package dev.luccaokta.lucca;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;

/** Lucca's Directory v3 reference data: the instance's extended data definitions. */
@Path("/api/v3")
@Produces(MediaType.APPLICATION_JSON)
@RegisterProvider(LuccaErrorMapper.class)
public interface LuccaDirectoryApi {

    @GET
    @Path("/extendeddatadefinitions")
    LuccaExtendedDataDefinitionList extendedDataDefinitions();
}
