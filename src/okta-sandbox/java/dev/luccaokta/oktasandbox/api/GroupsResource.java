package dev.luccaokta.oktasandbox.api;

import dev.luccaokta.oktasandbox.auth.Scopes;
import dev.luccaokta.oktasandbox.directory.Directory;
import dev.luccaokta.oktasandbox.directory.OktaGroup;
import dev.luccaokta.oktasandbox.errors.OktaApiException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;

/** Source groups and their memberships (G1, G2, M1–M3), by Okta id or {@code externalId}, applied at once. */
@Path("api/v1/identity-sources/{sourceId}/groups")
@Produces(MediaType.APPLICATION_JSON)
public class GroupsResource {
    static final int MAX_PAGE = 1000;

    @Inject
    SourceAccess access;

    @Inject
    Directory directory;

    @POST
    public JsonObject create(@BeanParam ApiRequest call, InputStream body) {
        String source = access.entities(call, Scopes.MANAGE);
        JsonObject group = JsonBodies.object(body, JsonBodies.DEFAULT_MAX_BYTES);
        return OktaJson.group(directory.upsertGroup(source, JsonBodies.string(group, "externalId", BulkBodies.GROUP_ID_LENGTH),
                BulkBodies.groupProfile(group.get("profile"))));
    }

    @GET
    @Path("{group}")
    public JsonObject get(@BeanParam ApiRequest call, @PathParam("group") String group) {
        return OktaJson.group(find(access.entities(call, Scopes.READ), group));
    }

    @POST
    @Path("{group}")
    public JsonObject update(@BeanParam ApiRequest call, @PathParam("group") String group, InputStream body) {
        String source = access.entities(call, Scopes.MANAGE);
        OktaGroup existing = find(source, group);
        JsonObject update = JsonBodies.object(body, JsonBodies.DEFAULT_MAX_BYTES);
        return OktaJson.group(directory.upsertGroup(source, existing.externalId(), BulkBodies.groupProfile(update.get("profile"))));
    }

    @DELETE
    @Path("{group}")
    public Response delete(@BeanParam ApiRequest call, @PathParam("group") String group) {
        if (!directory.deleteGroup(access.entities(call, Scopes.MANAGE), group)) {
            throw unknown(group);
        }
        return Response.noContent().build();
    }

    @GET
    @Path("{group}/membership")
    public JsonObject members(@BeanParam ApiRequest call, @PathParam("group") String group,
                              @QueryParam("after") String after,
                              @QueryParam("limit") @DefaultValue("1000") String limitText) {
        int limit = limit(limitText);
        List<String> members = directory.members(access.entities(call, Scopes.READ), group)
                .orElseThrow(() -> unknown(group));
        return Json.createObjectBuilder().add("memberExternalIds", Json.createArrayBuilder(members.stream()
                .filter(member -> after == null || member.compareTo(after) > 0).limit(limit).toList())).build();
    }

    @POST
    @Path("{group}/membership")
    public Response addMember(@BeanParam ApiRequest call, @PathParam("group") String group, InputStream body) {
        String source = access.entities(call, Scopes.MANAGE);
        JsonObject membership = JsonBodies.object(body, JsonBodies.DEFAULT_MAX_BYTES);
        String member = JsonBodies.string(membership, "memberExternalId", BulkBodies.GROUP_ID_LENGTH);
        if (!directory.addMembers(source, group, List.of(member))) {
            throw unknown(group);
        }
        return Response.noContent().build();
    }

    @DELETE
    @Path("{group}/membership/{member}")
    public Response removeMember(@BeanParam ApiRequest call, @PathParam("group") String group,
                                 @PathParam("member") String member) {
        if (!directory.removeMembers(access.entities(call, Scopes.MANAGE), group, List.of(member))) {
            throw unknown(group);
        }
        return Response.noContent().build();
    }

    private OktaGroup find(String source, String group) {
        return directory.group(source, group).orElseThrow(() -> unknown(group));
    }

    private static int limit(String text) {
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= MAX_PAGE) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // Refused below, like any other value out of range.
        }
        throw OktaApiException.validation("limit", "The limit must be between 1 and " + MAX_PAGE + ".");
    }

    private static OktaApiException unknown(String group) {
        return OktaApiException.notFound(group, "IdentitySourceGroup");
    }
}
