package dev.luccaokta.admin;

import dev.luccaokta.directory.ImportPages;
import dev.luccaokta.lucca.LuccaGateway;
import dev.luccaokta.lucca.LuccaUsage;
import dev.luccaokta.tenant.ChangeLog;
import dev.luccaokta.tenant.LuccaUsageDays;
import dev.luccaokta.tenant.OktaImports;
import dev.luccaokta.tenant.Tenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * A tenant's last days at a glance, for the status page's chart: Okta's imports begun, the snapshots published
 * (the change log's publications: what changed for Okta), and the calls that spent
 * the request budget of the tenant's Lucca (all the connector's tenants on that Lucca together, as Lucca counts).
 */
@Path("tenants/{id}/activity")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ActivityResource {

    @Inject
    AuthorizedTenant authorized;

    @Inject
    OktaImports imports;

    @Inject
    ImportPages pages;

    @Inject
    ChangeLog changeLog;

    @Inject
    LuccaUsageDays usage;

    @Inject
    LuccaGateway lucca;

    @GET
    public JsonObject activity(@PathParam("id") String id, @QueryParam("days") @DefaultValue("7") String days) {
        int span = DaysParameter.parse(days);
        Tenant tenant = authorized.of(id);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate first = today.minusDays(span - 1L);
        pages.countWaiting();
        Map<LocalDate, Long> begun = imports.startedPerDay(tenant.getId(), first);
        Map<LocalDate, Long> published = changeLog.publishedPerDay(tenant.getId(), first);
        Map<LocalDate, Long> calls = usage.perDay(LuccaUsage.key(tenant.getLuccaBaseUrl()), first);
        JsonArrayBuilder perDay = Json.createArrayBuilder();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            perDay.add(Json.createObjectBuilder().add("day", day.toString()).add("imports", begun.getOrDefault(day, 0L))
                    .add("publications", published.getOrDefault(day, 0L))
                    .add("luccaCalls", calls.getOrDefault(day, 0L)));
        }
        return Json.createObjectBuilder().add("days", span).add("luccaBudgetPerMinute", lucca.budgetPerMinute())
                .add("perDay", perDay).build();
    }
}
