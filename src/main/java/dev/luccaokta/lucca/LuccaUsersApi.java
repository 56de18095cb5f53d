package dev.luccaokta.lucca;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;

/**
 * Lucca's Directory v3 users endpoint, as the connector calls it. Obtain one per Lucca instance from
 * {@link LuccaClients}.
 *
 * <pre>{@code
 * LuccaUserList firstPage = clients.users(instance).list(LuccaUser.FIELDS + ",collection.count", "0,1000", true, "id,asc");
 * }</pre>
 */
@Path("/api/v3/users")
@Produces(MediaType.APPLICATION_JSON)
@RegisterProvider(LuccaErrorMapper.class)
public interface LuccaUsersApi {

    /**
     * @param fields comma list of Lucca field names, nested with brackets ({@code manager[id,name]})
     * @param paging {@code offset,limit}, limit at most 1000
     * @param formerEmployees {@code true} to include people whose contract has ended, {@code null} to leave them out
     * @param orderBy         {@code id,asc}: offset paging is only stable over a fixed order
     */
    @GET
    LuccaUserList list(@QueryParam("fields") String fields, @QueryParam("paging") String paging,
                       @QueryParam("formerEmployees") Boolean formerEmployees, @QueryParam("orderBy") String orderBy);

    /** One user exactly as Lucca returns it, envelope included, for showing it beside what Okta receives. */
    @GET
    @Path("/{id}")
    JsonObject raw(@PathParam("id") long id, @QueryParam("fields") String fields);

    /** As {@link #list}, only the users changed since a time: {@code modifiedAt=since,2026-03-10T09:00:00}. */
    @GET
    LuccaUserList modifiedSince(@QueryParam("fields") String fields, @QueryParam("paging") String paging,
                                @QueryParam("formerEmployees") Boolean formerEmployees, @QueryParam("orderBy") String orderBy,
                                @QueryParam("modifiedAt") String modifiedAt);

    /** One user, with the fields asked for; a 404 when the key cannot see them. */
    @GET
    @Path("/{id}")
    LuccaUserItem one(@PathParam("id") long id, @QueryParam("fields") String fields);

    /**
     * Changes the fields present in {@code changes} (a flat object of Lucca field names), all or none, and
     * answers the user as they now are, with the fields asked for.
     */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    LuccaUserItem update(@PathParam("id") long id, @QueryParam("fields") String fields, JsonObject changes);

    /** The current users whose professional mail is {@code mail} (at most one in practice). */
    @GET
    LuccaUserList byMail(@QueryParam("mail") String mail, @QueryParam("fields") String fields);
}
