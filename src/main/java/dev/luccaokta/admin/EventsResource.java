package dev.luccaokta.admin;

import dev.luccaokta.events.EventFeed;
import dev.luccaokta.tenant.EventInbox;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A tenant's real-time events from Lucca: whether they are on and keep Okta's view fresh, the webhook endpoint on
 * Lucca, the last event received and applied, how late events are applied, and how many arrived each of the last
 * days; switched on or off, and an endpoint Lucca suspended re-activated.
 */
@Path("tenants/{id}/events")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class EventsResource {

    /** The switch: {@code {"enabled": true}}. */
    public record Switch(Boolean enabled) {
    }

    @Inject
    AuthorizedTenant authorized;

    @Inject
    EventFeed feed;

    @GET
    public JsonObject report(@PathParam("id") String id) {
        return describe(feed.report(authorized.of(id)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject switchTo(@PathParam("id") String id, Switch change) {
        if (change == null || change.enabled() == null) {
            throw AdminProblem.badRequest("Send {\"enabled\": true} or {\"enabled\": false}");
        }
        return describe(feed.switchTo(authorized.of(id), change.enabled()));
    }

    /** Checks the endpoint on Lucca now and re-activates it if Lucca suspended it. */
    @POST
    @Path("reactivation")
    public JsonObject reactivate(@PathParam("id") String id) {
        if (!authorized.of(id).isLuccaEvents()) {
            throw AdminProblem.badRequest("Events are off for this tenant: switch them on first");
        }
        return describe(feed.reactivate(authorized.of(id)));
    }

    private static JsonObject describe(EventFeed.Report report) {
        EventInbox.Summary inbox = report.inbox();
        JsonObjectBuilder json = Json.createObjectBuilder().add("enabled", report.enabled()).add("live", report.live())
                .add("pending", inbox.pending());
        report.unavailable().ifPresent(why -> json.add("unavailable", why));
        report.problem().ifPresent(problem -> json.add("problem", problem));
        report.endpoint().ifPresent(endpoint -> json.add("endpoint", Json.createObjectBuilder().add("id", endpoint.id())
                .add("status", endpoint.status()).add("webhookUrl", endpoint.webhookUrl().toString())
                .add("checkedAt", utc(endpoint.checkedAt()))));
        inbox.lastReceivedAt().ifPresent(at -> json.add("lastReceivedAt", utc(at)));
        inbox.lastAppliedAt().ifPresent(at -> json.add("lastAppliedAt", utc(at)));
        inbox.oldestPendingSince().ifPresent(at -> json.add("pendingSince", utc(at)));
        inbox.lastApplyDelay().map(Duration::toMillis).ifPresent(millis -> json.add("lastLagMillis", millis));
        JsonArrayBuilder days = Json.createArrayBuilder();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int back = EventFeed.DAYS - 1; back >= 0; back--) {
            LocalDate day = today.minusDays(back);
            days.add(Json.createObjectBuilder().add("day", day.toString())
                    .add("events", inbox.receivedPerDay().getOrDefault(day, 0L)));
        }
        return json.add("perDay", days).build();
    }

    private static String utc(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC).toString();
    }
}
