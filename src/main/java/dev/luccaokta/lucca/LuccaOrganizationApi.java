package dev.luccaokta.lucca;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;

/**
 * Lucca's organisation structure (v4-style endpoints, {@code page} from 1, {@code limit} at most 100): the
 * department tree, and establishments → legal units → countries. (The Directory v3 department and legal entity
 * routes were retired in September 2026.)
 */
@Path("/organization/structure/api")
@Produces(MediaType.APPLICATION_JSON)
@RegisterProvider(LuccaErrorMapper.class)
public interface LuccaOrganizationApi {

    /** Largest page the organisation endpoints serve. */
    int MAX_LIMIT = 100;

    @GET
    @Path("/departments")
    LuccaPage<LuccaDepartment> departments(@QueryParam("page") int page, @QueryParam("limit") int limit);

    /** @param isArchived {@code "true,false"} to include archived establishments (people may still belong to them) */
    @GET
    @Path("/establishments")
    LuccaPage<LuccaEstablishment> establishments(@QueryParam("page") int page, @QueryParam("limit") int limit,
                                                 @QueryParam("isArchived") String isArchived);

    @GET
    @Path("/legal-units")
    LuccaPage<LuccaLegalUnit> legalUnits(@QueryParam("page") int page, @QueryParam("limit") int limit);

    @GET
    @Path("/countries")
    LuccaPage<LuccaCountry> countries(@QueryParam("page") int page, @QueryParam("limit") int limit);
}
