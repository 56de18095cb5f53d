package dev.luccaokta.admin;

import dev.luccaokta.directory.ImportHistory;
import dev.luccaokta.directory.ImportPages;
import dev.luccaokta.directory.ScimTokenId;
import dev.luccaokta.tenant.OktaImport;
import dev.luccaokta.tenant.Tenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * A tenant's Okta imports of the last days, newest first: per collection and SCIM token, when each ran, whether it
 * completed, was abandoned or is running, its pages and failed pages, the resources served and the snapshot they came
 * from; and how many imports began each day.
 */
@Path("tenants/{id}/imports")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ImportsResource {

    @Inject
    AuthorizedTenant authorized;

    @Inject
    ImportHistory history;

    @Inject
    ImportPages pages;

    @GET
    public JsonObject list(@PathParam("id") String id, @QueryParam("days") @DefaultValue("7") String days) {
        Tenant tenant = authorized.of(id);
        int span = DaysParameter.parse(days);
        pages.countWaiting();
        return describe(history.report(tenant.getId(), span), span, new TokenNames(tenant));
    }

    private static JsonObject describe(ImportHistory.Report report, int days, TokenNames tokens) {
        JsonArrayBuilder imports = Json.createArrayBuilder();
        for (ImportHistory.Entry entry : report.imports()) {
            OktaImport recorded = entry.recorded();
            JsonObjectBuilder row = Json.createObjectBuilder().add("id", recorded.getId())
                    .add("collection", recorded.getCollection())
                    .add("token", recorded.getTokenId()).add("tokenStatus", tokens.status(recorded.getTokenId()))
                    .add("status", entry.status().name().toLowerCase(Locale.ROOT))
                    .add("startedAt", utc(recorded.getStartedAt())).add("lastPageAt", utc(recorded.getLastPageAt()))
                    .add("pages", recorded.getPages()).add("errorPages", recorded.getErrorPages())
                    .add("resources", recorded.getResources()).add("snapshotChanged", recorded.isSnapshotChanged());
            entry.endedAt().ifPresent(at -> row.add("endedAt", utc(at)));
            recorded.getTotalResults().ifPresent(total -> row.add("totalResults", total));
            recorded.getSnapshotBuiltAt().ifPresent(at -> row.add("snapshotBuiltAt", utc(at)));
            imports.add(row);
        }
        JsonArrayBuilder perDay = Json.createArrayBuilder();
        report.perDay().forEach((day, count) -> perDay.add(Json.createObjectBuilder().add("day", day.toString())
                .add("imports", count)));
        return Json.createObjectBuilder().add("days", days).add("pinMinutes", report.pin().toMinutes())
                .add("imports", imports).add("truncated", report.truncated()).add("perDay", perDay).build();
    }

    private static String utc(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC).toString();
    }

    /** Which of the tenant's tokens an import used: its current one, the one it replaced (still accepted), or another. */
    private static final class TokenNames {

        private final String current;
        private final String previous;

        TokenNames(Tenant tenant) {
            current = ScimTokenId.ofHash(tenant.getScimTokenHash());
            previous = tenant.getPreviousTokenHash().map(ScimTokenId::ofHash).orElse(null);
        }

        String status(String tokenId) {
            return tokenId.equals(current) ? "current" : tokenId.equals(previous) ? "previous" : "retired";
        }
    }
}
