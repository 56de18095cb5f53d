package dev.luccaokta.admin;

import dev.luccaokta.directory.DryRuns;
import dev.luccaokta.directory.ImportDiff;
import dev.luccaokta.directory.SafeguardThreshold;
import dev.luccaokta.directory.SnapshotSafeguard;
import dev.luccaokta.directory.TenantDirectories;
import dev.luccaokta.directory.TenantView;
import dev.luccaokta.tenant.ImportBaseline;
import dev.luccaokta.tenant.SnapshotHold;
import dev.luccaokta.tenant.Tenant;
import dev.luccaokta.tenant.TenantRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A tenant's import safeguard: its threshold, the people Okta last imported, the snapshot held back if any (released
 * or discarded here), and a dry run of what Okta would see if it imported now.
 */
@Path("tenants/{id}/safeguard")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "tenants")
public class SafeguardResource {

    /** People listed by a dry run; the counts say how many in all. */
    private static final int DRY_RUN_PEOPLE = 200;
    /** How long a dry run's request waits for Lucca before answering 202: a large tenant's read takes minutes. */
    private static final Duration DRY_RUN_WAIT = Duration.ofSeconds(20);

    /** The threshold: {@code {"percent": 5, "minimum": 10}}. */
    @Schema(name = "SafeguardThreshold")
    public record Threshold(
            @NotNull(message = Threshold.SEND)
            @Min(value = 0, message = Threshold.PERCENT) @Max(value = 100, message = Threshold.PERCENT)
            @Schema(required = true, minimum = "0", maximum = "100")
            Integer percent,
            @NotNull(message = Threshold.SEND) @Min(value = 1, message = Threshold.MINIMUM)
            @Max(value = Tenant.MAX_SAFEGUARD_MINIMUM, message = Threshold.MINIMUM)
            @Schema(required = true, minimum = "1", maximum = "" + Tenant.MAX_SAFEGUARD_MINIMUM)
            Integer minimum) {

        static final String SEND = "Send \\{\"percent\": 5, \"minimum\": 10\\}";
        static final String PERCENT = "The safeguard's share must be between 0 and 100 %, not ${validatedValue}";
        static final String MINIMUM = "The safeguard's minimum must be between 1 and 1,000,000 people, not ${validatedValue}";
    }

    /** The safeguard of a tenant; {@code lastImport} and {@code held} are null when there is none. */
    @Schema(name = "SafeguardReport")
    public record Report(Threshold threshold, LastImport lastImport, Held held) {
    }

    /**
     * The people Okta last imported, the safeguard's baseline; answered as null when there is none. Nillable as a type:
     * on a member whose type is a record, Yasson 3.0 (Payara's and WildFly's) leaves a null out all the same.
     */
    @JsonbNillable
    @Schema(name = "LastImport", nullable = true, description = "The people Okta last imported, the safeguard's "
            + "baseline; null before Okta's first import")
    public record LastImport(OffsetDateTime recordedAt, OffsetDateTime snapshotBuiltAt, int people, int active) {

        static LastImport of(ImportBaseline baseline) {
            return new LastImport(Utc.of(baseline.getRecordedAt()), Utc.of(baseline.getSnapshotBuiltAt()),
                    baseline.getPeople(), baseline.getActive());
        }
    }

    /** The snapshot held back, and its release if it was released; answered as null when none is (see LastImport). */
    @JsonbNillable
    @Schema(name = "HeldSnapshot", nullable = true)
    public record Held(OffsetDateTime heldAt, OffsetDateTime checkedAt,
                       @Schema(description = "people active in Okta's last import") int activeBefore,
                       @Schema(description = "people Okta would deactivate (deactivated + vanished)") int affected,
                       int deactivated,
                       @Schema(description = "people Lucca no longer returns") int vanished,
                       String likelyCause,
                       @Schema(type = SchemaType.ARRAY, implementation = SnapshotSafeguard.Reasoned.class) JsonArray sample,
                       Release released) {

        static Held of(SnapshotHold hold) {
            return new Held(Utc.of(hold.getHeldAt()), Utc.of(hold.getCheckedAt()), hold.getBaseActive(), hold.getAffected(),
                    hold.getDeactivated(), hold.getVanished(), hold.getLikelyCause(), sample(hold),
                    hold.getReleasedAt().map(at -> new Release(Utc.of(at), hold.getReleasedBy().orElse(""),
                            hold.getAllowed().orElse(0))).orElse(null));
        }

        /** The hold's people as stored; a row no longer readable (edited by hand, say) shows none rather than failing. */
        private static JsonArray sample(SnapshotHold hold) {
            try (JsonReader reader = Json.createReader(new StringReader(hold.getSample()))) {
                return reader.readArray();
            } catch (JsonException | IllegalStateException unreadable) {
                return JsonValue.EMPTY_JSON_ARRAY;
            }
        }
    }

    @Schema(name = "HeldSnapshotRelease")
    public record Release(OffsetDateTime at, String by, int allowed) {
    }

    /** A dry run under way: Lucca is still being read. */
    @Schema(name = "DryRunReading")
    public record Reading(@Schema(enumeration = "reading") String state) {
    }

    /** What Okta would see if it imported now; the comparison only once Okta imported before. */
    @Schema(name = "DryRun")
    public record DryRun(@Schema(enumeration = "done") String state, Instant readAt, int people,
                         LastImport lastImport, Integer activeBefore, Integer deactivated,
                         Integer vanished, Integer reactivated, Integer added, Integer affected, Boolean wouldBeHeld,
                         @Schema(description = "at most 200") List<SnapshotSafeguard.Reasoned> changes) {

        static DryRun of(DryRuns.Outcome outcome, LastImport lastImport, SafeguardThreshold threshold) {
            Optional<ImportDiff> diff = outcome.diff();
            return new DryRun("done", outcome.startedAt(), outcome.people(), lastImport,
                    diff.map(ImportDiff::baseActive).orElse(null), diff.map(each -> each.deactivated().size()).orElse(null),
                    diff.map(each -> each.vanished().size()).orElse(null),
                    diff.map(each -> each.reactivated().size()).orElse(null),
                    diff.map(each -> each.added().size()).orElse(null), diff.map(ImportDiff::affected).orElse(null),
                    diff.map(threshold::holds).orElse(null),
                    diff.map(each -> SnapshotSafeguard.reasoned(each, DRY_RUN_PEOPLE)).orElse(null));
        }
    }

    @Inject
    AuthorizedTenant authorized;

    @Inject
    TenantRepository tenants;

    @Inject
    SnapshotSafeguard safeguard;

    @Inject
    TenantDirectories directories;

    @Inject
    DryRuns dryRuns;

    @Inject
    SecurityContext security;

    @GET
    @Operation(operationId = "getSafeguard", summary = "The import safeguard: its threshold, the people Okta last "
            + "imported, and the snapshot held back (how many people it would deactivate, a sample with reasons, the "
            + "likely cause, the release if any)")
    public Report report(@PathParam("id") String id) {
        return describe(authorized.of(id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setSafeguardThreshold", summary = "Set when a snapshot is held: more than `percent` % of "
            + "the people active in Okta's last import, and at least `minimum` people, would be deactivated or dropped "
            + "(5 % and 10 by default; 100 % never holds)")
    public Report setThreshold(@PathParam("id") String id,
                               @NotNull(message = Threshold.SEND) @Valid Threshold threshold) {
        Tenant tenant = tenants.findById(authorized.of(id).getId()).orElseThrow(() -> AdminProblem.notFound("No tenant " + id));
        try {
            tenant.guardImports(threshold.percent(), threshold.minimum());
        } catch (IllegalArgumentException e) {
            throw AdminProblem.badRequest(e.getMessage());
        }
        return describe(tenants.save(tenant));
    }

    /** Lets the held snapshot's deactivations through and reads Lucca again to publish them. */
    @POST
    @Path("release")
    @Operation(operationId = "releaseHeldSnapshot", summary = "Let the held snapshot's deactivations through (audited): "
            + "Lucca is read again at once and the snapshot is published if it deactivates or drops no more people than "
            + "the one held")
    @APIResponseSchema(value = Report.class, responseCode = "200",
            responseDescription = "The safeguard's report, the release in it")
    @APIResponse(responseCode = "409", ref = "NothingHeld")
    public Report release(@PathParam("id") String id) {
        Tenant tenant = authorized.of(id);
        requireHeld(safeguard.release(tenant.getId(), caller()));
        directories.readInFull(TenantView.of(tenant));
        return describe(tenant);
    }

    /**
     * Reads Lucca again now rather than at the end of the snapshot's TTL (the cause of a hold fixed, say); the
     * snapshot read is checked before it is published.
     */
    @POST
    @Path("recheck")
    @Operation(operationId = "recheckSnapshot", summary = "Read Lucca again now rather than when the snapshot's TTL "
            + "ends (once the cause of a hold is fixed, say); the snapshot read is checked before it is published")
    public Report recheck(@PathParam("id") String id) {
        Tenant tenant = authorized.of(id);
        directories.readInFull(TenantView.of(tenant));
        return describe(tenant);
    }

    /** Forgets the held snapshot: Okta keeps the previous one, and the next read is checked again. */
    @DELETE
    @Path("held")
    @Operation(operationId = "discardHeldSnapshot", summary = "Discard the held snapshot (audited): Okta keeps getting "
            + "the previous one, and the next read of Lucca is checked again")
    @APIResponseSchema(value = Report.class, responseCode = "200",
            responseDescription = "The safeguard's report, nothing held")
    @APIResponse(responseCode = "409", ref = "NothingHeld")
    public Report discard(@PathParam("id") String id) {
        Tenant tenant = authorized.of(id);
        requireHeld(safeguard.discard(tenant.getId(), caller()));
        return describe(tenant);
    }

    /**
     * What Okta would see if it imported now: Lucca read in full now and compared with what Okta last imported;
     * nothing is published. {@code 202} while Lucca is still being read: ask again.
     */
    @GET
    @Path("dry-run")
    @Operation(operationId = "dryRunImport", summary = "What Okta would see if it imported now: Lucca read in full now "
            + "(one full read of the request budget) and compared with what Okta last imported; nothing is published or "
            + "held")
    @APIResponseSchema(value = DryRun.class, responseCode = "200", responseDescription = "The comparison")
    @APIResponse(responseCode = "202", description = "Lucca is still being read (a large tenant takes minutes); ask again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Reading.class)))
    @APIResponse(responseCode = "503", ref = "LuccaUnavailable")
    public Response dryRun(@PathParam("id") String id) {
        Tenant tenant = authorized.of(id);
        return dryRuns.run(TenantView.of(tenant), DRY_RUN_WAIT)
                .map(done -> Response.ok(DryRun.of(done, lastImport(tenant), threshold(tenant))))
                .orElseGet(() -> Response.accepted(new Reading("reading")))
                .build();
    }

    private Report describe(Tenant tenant) {
        return new Report(new Threshold(tenant.getSafeguardPercent(), tenant.getSafeguardMinimum()), lastImport(tenant),
                safeguard.hold(tenant.getId()).map(Held::of).orElse(null));
    }

    /** The people Okta last imported, or null before its first import. */
    private LastImport lastImport(Tenant tenant) {
        return safeguard.baseline(tenant.getId()).map(LastImport::of).orElse(null);
    }

    private static SafeguardThreshold threshold(Tenant tenant) {
        return new SafeguardThreshold(tenant.getSafeguardPercent(), tenant.getSafeguardMinimum());
    }

    private static void requireHeld(boolean held) {
        if (!held) {
            throw new AdminProblem(409, "Nothing held", "No snapshot of this tenant is held");
        }
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }
}
