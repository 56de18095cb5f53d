package dev.luccaokta.admin;

import dev.luccaokta.directory.ImportHistory;
import dev.luccaokta.directory.ImportPages;
import dev.luccaokta.directory.ScimTokenId;
import dev.luccaokta.tenant.OktaImport;
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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A tenant's Okta imports of the last days, newest first: per collection and SCIM token, when each ran, whether it
 * completed, was abandoned or is running, its pages and failed pages, the resources served and the snapshot they came
 * from; and how many imports began each day.
 */
@Path("tenants/{id}/imports")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "tenants")
public class ImportsResource {

    @Schema(name = "ImportHistory")
    public record History(int days,
                          @Schema(description = "directory.importPinMinutes: an import with no page for this long is "
                                  + "abandoned")
                          long pinMinutes,
                          @Schema(description = "Newest first, at most 500") List<Import> imports,
                          @Schema(description = "Whether more imports began in these days than are listed")
                          boolean truncated,
                          @Schema(description = "Every day of the period, oldest first") List<Day> perDay) {
    }

    /** One import: members without a value are left out. */
    @Schema(name = "Import")
    public record Import(String id,
                         @Schema(enumeration = {"Users", "Groups"}) String collection,
                         @Schema(description = "The SCIM token's id: 12 hex digits derived from its hash, never the token")
                         String token,
                         @Schema(enumeration = {"current", "previous", "retired"}, description = "The tenant's current "
                                 + "token, the one it replaced (still accepted), or an older one")
                         String tokenStatus,
                         @Schema(enumeration = {"running", "complete", "abandoned"}, description = "complete once a page "
                                 + "reached the last resource; abandoned when the collection was begun again with the "
                                 + "same token, or no page came for pinMinutes; running otherwise")
                         String status,
                         OffsetDateTime startedAt,
                         OffsetDateTime lastPageAt,
                         @Schema(description = "Absent while running; an abandoned import's last page")
                         OffsetDateTime endedAt,
                         @Schema(description = "Every page asked for, failed ones included") int pages,
                         @Schema(description = "Pages answered with an error (4xx or 5xx)") int errorPages,
                         @Schema(description = "Resources served") int resources,
                         @Schema(description = "The collection's size on the last page served") Integer totalResults,
                         @Schema(description = "When the snapshot the import saw was built") OffsetDateTime snapshotBuiltAt,
                         @Schema(description = "Whether a later page was served from another snapshot")
                         boolean snapshotChanged) {

        static Import of(ImportHistory.Entry entry, TokenNames tokens) {
            OktaImport recorded = entry.recorded();
            return new Import(recorded.getId(), recorded.getCollection(), recorded.getTokenId(),
                    tokens.status(recorded.getTokenId()), entry.status().name().toLowerCase(Locale.ROOT),
                    Utc.of(recorded.getStartedAt()), Utc.of(recorded.getLastPageAt()),
                    entry.endedAt().map(Utc::of).orElse(null), recorded.getPages(), recorded.getErrorPages(),
                    recorded.getResources(), recorded.getTotalResults().orElse(null),
                    recorded.getSnapshotBuiltAt().map(Utc::of).orElse(null), recorded.isSnapshotChanged());
        }
    }

    @Schema(name = "ImportsDay")
    public record Day(LocalDate day, long imports) {
    }

    @Inject
    AuthorizedTenant authorized;

    @Inject
    ImportHistory history;

    @Inject
    ImportPages pages;

    @GET
    @Operation(operationId = "getImports", summary = "Okta's imports begun today (UTC) and on the days before, newest "
            + "first: per collection and SCIM token, when each ran, whether it completed, was abandoned or is running, "
            + "its pages and failed pages, the resources served and the snapshot it saw; and how many imports began "
            + "each day, oldest first")
    public History list(@PathParam("id") String id,
                        @Parameter(description = "How many days (UTC) back, today included", schema = @Schema(type =
                                SchemaType.INTEGER, minimum = "1", maximum = "" + DaysParameter.MOST))
                        @QueryParam("days") @DefaultValue("7") @DaysParameter String days) {
        Tenant tenant = authorized.of(id);
        int span = WholeNumber.Check.value(days);
        pages.countWaiting();
        ImportHistory.Report report = history.report(tenant.getId(), span);
        TokenNames tokens = new TokenNames(tenant);
        return new History(span, report.pin().toMinutes(),
                report.imports().stream().map(entry -> Import.of(entry, tokens)).toList(), report.truncated(),
                report.perDay().entrySet().stream().map(day -> new Day(day.getKey(), day.getValue())).toList());
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
