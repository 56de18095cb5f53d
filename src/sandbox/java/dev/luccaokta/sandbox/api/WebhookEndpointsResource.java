package dev.luccaokta.sandbox.api;

import dev.luccaokta.sandbox.auth.Scopes;
import dev.luccaokta.sandbox.data.EmployeeDirectory;
import dev.luccaokta.sandbox.json.JsonValues;
import dev.luccaokta.sandbox.json.LuccaApiJson;
import dev.luccaokta.sandbox.query.CursorQuery;
import dev.luccaokta.sandbox.webhooks.EndpointInput;
import dev.luccaokta.sandbox.webhooks.EndpointJson;
import dev.luccaokta.sandbox.webhooks.WebhookEndpoint;
import dev.luccaokta.sandbox.webhooks.WebhookEndpoints;
import dev.luccaokta.sandbox.webhooks.WebhookSettings;
import dev.luccaokta.sandbox.webhooks.Webhooks;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tenant's webhook endpoints ({@code /lucca-api/webhook-endpoints}): create (the secret is shown only then),
 * list, read, patch and delete. Writing needs {@code webhook-endpoints.readwrite}, reading either webhook scope.
 * Creating an active endpoint, or setting one active again, runs the activation challenge within the request.
 */
@Path("lucca-api/webhook-endpoints")
@RequiresBearerToken
@Produces(MediaType.APPLICATION_JSON)
@Dependent
public class WebhookEndpointsResource {
    @Inject
    Webhooks webhooks;
    @Inject
    WebhookEndpoints endpoints;
    @Inject
    WebhookSettings settings;
    @Inject
    EmployeeDirectory directory;

    @POST
    public Response create(String body, @Context SecurityContext security, @Context UriInfo uri) {
        LuccaApiResource.require(security, Scopes.WEBHOOK_ENDPOINTS);
        RequestParameters.none(uri);
        Webhooks.Activation created = webhooks.create(input(body, true));
        URI self = URI.create(apiBase(uri) + "/webhook-endpoints/" + created.endpoint().id());
        return Response.created(self)
                .entity(EndpointJson.render(created.endpoint(), apiBase(uri), true, created.challenge())).build();
    }

    @GET
    public JsonObject list(@Context SecurityContext security, @Context UriInfo uri) {
        readable(security);
        CursorQuery query = CursorQuery.parse(RequestParameters.of(uri), Set.of("id"));
        CursorQuery.Result<WebhookEndpoint> result = query.run(endpoints.all(), endpoint -> (long) endpoint.id(),
                Map.of("id", endpoint -> List.of(Integer.toString(endpoint.id()))));
        JsonArrayBuilder items = JsonValues.array();
        result.page().forEach(endpoint -> items.add(EndpointJson.render(endpoint, apiBase(uri), false, null)));
        return LuccaApiJson.collection("webhook-endpoints", uri.getRequestUri(), items.build(),
                query.includes("totalCount") ? result.totalCount() : null, query.includes("links"),
                next(uri, result), null);
    }

    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("id") String id, @Context SecurityContext security, @Context UriInfo uri) {
        readable(security);
        RequestParameters.none(uri);
        return EndpointJson.render(RequestParameters.id(id).flatMap(endpoints::find)
                .orElseThrow(() -> unknown(id)), apiBase(uri), false, null);
    }

    @PATCH
    @Path("{id}")
    public JsonObject patch(@PathParam("id") String id, String body, @Context SecurityContext security,
                            @Context UriInfo uri) {
        LuccaApiResource.require(security, Scopes.WEBHOOK_ENDPOINTS);
        RequestParameters.none(uri);
        int number = RequestParameters.id(id).filter(n -> endpoints.find(n).isPresent())
                .orElseThrow(() -> unknown(id));
        Webhooks.Activation patched = webhooks.patch(number, input(body, false)).orElseThrow(() -> unknown(id));
        return EndpointJson.render(patched.endpoint(), apiBase(uri), false, patched.challenge());
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @Context SecurityContext security, @Context UriInfo uri) {
        LuccaApiResource.require(security, Scopes.WEBHOOK_ENDPOINTS);
        RequestParameters.none(uri);
        if (!RequestParameters.id(id).map(endpoints::delete).orElse(false)) {
            throw unknown(id);
        }
        return Response.noContent().build();
    }

    private EndpointInput input(String body, boolean creating) {
        return EndpointInput.parse(JsonValues.parseObject(body), creating, settings.allowPlainHttp(),
                directory.organization());
    }

    /** Reading endpoints or events takes either webhook scope. */
    static void readable(SecurityContext security) {
        LuccaApiResource.require(security, Scopes.WEBHOOK_ENDPOINTS_READONLY, Scopes.WEBHOOK_ENDPOINTS);
    }

    static URI next(UriInfo uri, CursorQuery.Result<?> result) {
        return result.nextCursor() == null ? null
                : uri.getRequestUriBuilder().replaceQueryParam("page", result.nextCursor()).build();
    }

    static URI apiBase(UriInfo uri) {
        return uri.getBaseUriBuilder().path("lucca-api").build();
    }

    private static LuccaException unknown(String id) {
        return LuccaException.notFound("No webhook endpoint " + id);
    }
}
