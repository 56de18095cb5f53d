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
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A tenant's last days at a glance, for the status page's chart: Okta's imports begun, the snapshots published
 * (the change log's publications: what changed for Okta), and the calls that spent
 * the request budget of the tenant's Lucca (all the connector's tenants on that Lucca together, as Lucca counts).
 */
@Path("tenants/{id}/activity")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "tenants")
public class ActivityResource {

    @Schema(name = "Activity")
    public record Activity(int days, int luccaBudgetPerMinute, @Schema(description = "Oldest first") List<Day> perDay) {
    }

    @Schema(name = "ActivityDay")
    public record Day(LocalDate day, long imports, long publications, long luccaCalls) {
    }

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
    @Operation(operationId = "getActivity", summary = "The last days at a glance (UTC, oldest first): Okta's imports "
            + "begun, snapshots published (the change log's publications) and the calls spent from the request budget "
            + "of the tenant's Lucca (all the connector's tenants on that Lucca together)")
    public Activity activity(@PathParam("id") String id,
                             @Parameter(description = "How many days (UTC) back, today included", schema = @Schema(type =
                                     SchemaType.INTEGER, minimum = "1", maximum = "" + DaysParameter.MOST))
                             @QueryParam("days") @DefaultValue("7") @DaysParameter String days) {
        int span = WholeNumber.Check.value(days);
        Tenant tenant = authorized.of(id);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate first = today.minusDays(span - 1L);
        pages.countWaiting();
        Map<LocalDate, Long> begun = imports.startedPerDay(tenant.getId(), first);
        Map<LocalDate, Long> published = changeLog.publishedPerDay(tenant.getId(), first);
        Map<LocalDate, Long> calls = usage.perDay(LuccaUsage.key(tenant.getLuccaBaseUrl()), first);
        List<Day> perDay = first.datesUntil(today.plusDays(1))
                .map(day -> new Day(day, begun.getOrDefault(day, 0L), published.getOrDefault(day, 0L),
                        calls.getOrDefault(day, 0L)))
                .toList();
        return new Activity(span, lucca.budgetPerMinute(), perDay);
    }
}
