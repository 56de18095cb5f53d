package dev.luccaokta.sandbox.api;

import dev.luccaokta.sandbox.json.JsonValues;
import dev.luccaokta.sandbox.json.LuccaApiJson;
import dev.luccaokta.sandbox.query.CursorQuery;
import dev.luccaokta.sandbox.query.QueryException;
import dev.luccaokta.sandbox.query.QueryParameters;
import dev.luccaokta.sandbox.webhooks.DeliveryStatus;
import dev.luccaokta.sandbox.webhooks.EventStore;
import dev.luccaokta.sandbox.webhooks.StoredEvent;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tenant's event history ({@code /lucca-api/events}), by ascending id, paged like every collection; the catch-up
 * a receiver reads after downtime. {@code status} ({@code scheduled}, {@code delivered}, {@code failed}) keeps the
 * events with a delivery in that state. Lucca documents no scope for it: the sandbox asks for either webhook scope.
 */
@Path("lucca-api/events")
@RequiresBearerToken
@Produces(MediaType.APPLICATION_JSON)
@Dependent
public class EventsResource {
    private static final String STATUS = "status";
    private static final Set<String> STATUSES = Arrays.stream(DeliveryStatus.values()).map(DeliveryStatus::code)
            .collect(Collectors.toUnmodifiableSet());

    @Inject
    EventStore store;

    @GET
    public JsonObject list(@Context SecurityContext security, @Context UriInfo uri) {
        WebhookEndpointsResource.readable(security);
        QueryParameters parameters = RequestParameters.of(uri);
        parameters.single(STATUS).ifPresent(EventsResource::checkStatuses);
        parameters.single("-" + STATUS).ifPresent(EventsResource::checkStatuses);
        CursorQuery query = CursorQuery.parse(parameters, Set.of("id", STATUS));
        CursorQuery.Result<StoredEvent> result = query.run(store.all(), StoredEvent::id, Map.of(
                "id", event -> List.of(Long.toString(event.id())),
                STATUS, StoredEvent::deliveryStatuses));
        JsonArrayBuilder items = JsonValues.array();
        result.page().forEach(event -> items.add(event.json()));
        return LuccaApiJson.collection("events", uri.getRequestUri(), items.build(),
                query.includes("totalCount") ? result.totalCount() : null, query.includes("links"),
                WebhookEndpointsResource.next(uri, result), null);
    }

    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("id") String id, @Context SecurityContext security, @Context UriInfo uri) {
        WebhookEndpointsResource.readable(security);
        RequestParameters.none(uri);
        return RequestParameters.id(id).flatMap(number -> store.find(number)).map(StoredEvent::json)
                .orElseThrow(() -> LuccaException.notFound("No event " + id));
    }

    private static void checkStatuses(String values) {
        Arrays.stream(values.split(",")).map(String::trim).filter(value -> !STATUSES.contains(value)).findFirst()
                .ifPresent(value -> {
                    throw new QueryException("Unknown status '" + value + "'; statuses are " + STATUSES);
                });
    }
}
