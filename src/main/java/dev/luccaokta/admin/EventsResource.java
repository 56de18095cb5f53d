package dev.luccaokta.admin;

import dev.luccaokta.events.EventFeed;
import dev.luccaokta.tenant.EventInbox;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A tenant's real-time events from Lucca: whether they are on and keep Okta's view fresh, the webhook endpoint on
 * Lucca, the last event received and applied, how late events are applied, and how many arrived each of the last
 * days; switched on or off, and an endpoint Lucca suspended re-activated.
 */
@Path("tenants/{id}/events")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "tenants")
public class EventsResource {

    /** The switch: {@code {"enabled": true}}. */
    @Schema(name = "EventsSwitch")
    public record Switch(@NotNull(message = Switch.SEND) @Schema(required = true) Boolean enabled) {

        static final String SEND = "Send \\{\"enabled\": true\\} or \\{\"enabled\": false\\}";
    }

    /** The events of a tenant; members without a value are left out. */
    @Schema(name = "EventsReport")
    public record Report(boolean enabled,
                         @Schema(description = "whether events keep the view fresh now (else it is refreshed after its TTL)")
                         boolean live,
                         @Schema(description = "events received and not applied yet") long pending,
                         @Schema(description = "why this tenant cannot have events") String unavailable,
                         @Schema(description = "what went wrong last with the endpoint or with applying events")
                         String problem,
                         Endpoint endpoint,
                         OffsetDateTime lastReceivedAt,
                         OffsetDateTime lastAppliedAt,
                         OffsetDateTime pendingSince,
                         @Schema(description = "from receipt to applied, for the last event applied") Long lastLagMillis,
                         @Schema(description = "The events received each day, oldest first") List<Day> perDay) {

        static Report of(EventFeed.Report report) {
            EventInbox.Summary inbox = report.inbox();
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            List<Day> days = IntStream.range(0, EventFeed.DAYS).mapToObj(back -> today.minusDays(EventFeed.DAYS - 1L - back))
                    .map(day -> new Day(day, inbox.receivedPerDay().getOrDefault(day, 0L))).toList();
            return new Report(report.enabled(), report.live(), inbox.pending(), report.unavailable().orElse(null),
                    report.problem().orElse(null), report.endpoint().map(Endpoint::of).orElse(null),
                    inbox.lastReceivedAt().map(Utc::of).orElse(null),
                    inbox.lastAppliedAt().map(Utc::of).orElse(null),
                    inbox.oldestPendingSince().map(Utc::of).orElse(null),
                    inbox.lastApplyDelay().map(Duration::toMillis).orElse(null), days);
        }
    }

    /** The webhook endpoint as Lucca last described it. */
    @Schema(name = "EventsEndpoint")
    public record Endpoint(String id, @Schema(enumeration = {"active", "suspended", "inactive"}) String status,
                           URI webhookUrl, OffsetDateTime checkedAt) {

        static Endpoint of(EventFeed.Endpoint endpoint) {
            return new Endpoint(endpoint.id(), endpoint.status(), endpoint.webhookUrl(), Utc.of(endpoint.checkedAt()));
        }
    }

    @Schema(name = "EventsDay")
    public record Day(LocalDate day, long events) {
    }

    @Inject
    AuthorizedTenant authorized;

    @Inject
    EventFeed feed;

    @GET
    @Operation(operationId = "getEvents", summary = "Lucca's webhook events: on or off, whether they keep Okta's view "
            + "fresh now, the endpoint on Lucca, the last event received and applied, the lag, the events waiting, and "
            + "the events received on each of the last 14 days")
    public Report report(@PathParam("id") String id) {
        return Report.of(feed.report(authorized.of(id)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "switchEvents", summary = "Switch Lucca's events on (the endpoint is made on Lucca at once) "
            + "or off (it is deleted)")
    public Report switchTo(@PathParam("id") String id, @NotNull(message = Switch.SEND) @Valid Switch change) {
        return Report.of(feed.switchTo(authorized.of(id), change.enabled()));
    }

    /** Checks the endpoint on Lucca now and re-activates it if Lucca suspended it. */
    @POST
    @Path("reactivation")
    @Operation(operationId = "reactivateEvents", summary = "Check the endpoint on Lucca now, re-activating it if Lucca "
            + "suspended it (what it missed is caught up)")
    @APIResponseSchema(value = Report.class, responseCode = "200",
            responseDescription = "The events report after the check")
    @APIResponse(responseCode = "400", ref = "Invalid")
    public Report reactivate(@PathParam("id") String id) {
        if (!authorized.of(id).isLuccaEvents()) {
            throw AdminProblem.badRequest("Events are off for this tenant: switch them on first");
        }
        return Report.of(feed.reactivate(authorized.of(id)));
    }
}
