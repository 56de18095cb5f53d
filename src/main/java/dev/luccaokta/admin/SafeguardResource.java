package dev.luccaokta.admin;

import dev.luccaokta.directory.DryRuns;
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
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.SecurityContext;
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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * A tenant's import safeguard: its threshold, the people Okta last imported, the snapshot held back if any (released
 * or discarded here), and a dry run of what Okta would see if it imported now.
 */
@Path("tenants/{id}/safeguard")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SafeguardResource {

    /** People listed by a dry run; the counts say how many in all. */
    private static final int DRY_RUN_PEOPLE = 200;
    /** How long a dry run's request waits for Lucca before answering 202: a large tenant's read takes minutes. */
    private static final Duration DRY_RUN_WAIT = Duration.ofSeconds(20);

    /** The threshold: {@code {"percent": 5, "minimum": 10}}. */
    public record Threshold(Integer percent, Integer minimum) {
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
    public JsonObject report(@PathParam("id") String id) {
        return describe(authorized.of(id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject setThreshold(@PathParam("id") String id, Threshold threshold) {
        AdminProblem.require(threshold != null && threshold.percent() != null && threshold.minimum() != null,
                "Send {\"percent\": 5, \"minimum\": 10}");
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
    public JsonObject release(@PathParam("id") String id) {
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
    public JsonObject recheck(@PathParam("id") String id) {
        Tenant tenant = authorized.of(id);
        directories.readInFull(TenantView.of(tenant));
        return describe(tenant);
    }

    /** Forgets the held snapshot: Okta keeps the previous one, and the next read is checked again. */
    @DELETE
    @Path("held")
    public JsonObject discard(@PathParam("id") String id) {
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
    public Response dryRun(@PathParam("id") String id) {
        Tenant tenant = authorized.of(id);
        Optional<DryRuns.Outcome> done = dryRuns.run(TenantView.of(tenant), DRY_RUN_WAIT);
        if (done.isEmpty()) {
            return Response.accepted(Json.createObjectBuilder().add("state", "reading").build()).build();
        }
        JsonObjectBuilder json = Json.createObjectBuilder().add("state", "done")
                .add("readAt", done.get().startedAt().toString()).add("people", done.get().people());
        json.add("lastImport", lastImport(tenant));
        done.get().diff().ifPresent(diff -> json.add("activeBefore", diff.baseActive())
                .add("deactivated", diff.deactivated().size()).add("vanished", diff.vanished().size())
                .add("reactivated", diff.reactivated().size()).add("added", diff.added().size())
                .add("affected", diff.affected()).add("wouldBeHeld", threshold(tenant).holds(diff))
                .add("changes", people(SnapshotSafeguard.reasoned(diff, DRY_RUN_PEOPLE))));
        return Response.ok(json.build()).build();
    }

    private JsonObject describe(Tenant tenant) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("threshold", Json.createObjectBuilder()
                .add("percent", tenant.getSafeguardPercent()).add("minimum", tenant.getSafeguardMinimum()));
        json.add("lastImport", lastImport(tenant));
        safeguard.hold(tenant.getId()).ifPresentOrElse(hold -> json.add("held", held(hold)),
                () -> json.add("held", JsonValue.NULL));
        return json.build();
    }

    /** The people Okta last imported, or null before its first import. */
    private JsonValue lastImport(Tenant tenant) {
        return safeguard.baseline(tenant.getId()).<JsonValue>map(SafeguardResource::baseline).orElse(JsonValue.NULL);
    }

    private static JsonObject baseline(ImportBaseline baseline) {
        return Json.createObjectBuilder().add("recordedAt", utc(baseline.getRecordedAt()))
                .add("snapshotBuiltAt", utc(baseline.getSnapshotBuiltAt())).add("people", baseline.getPeople())
                .add("active", baseline.getActive()).build();
    }

    private static JsonObject held(SnapshotHold hold) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("heldAt", utc(hold.getHeldAt()))
                .add("checkedAt", utc(hold.getCheckedAt())).add("activeBefore", hold.getBaseActive())
                .add("affected", hold.getAffected()).add("deactivated", hold.getDeactivated())
                .add("vanished", hold.getVanished()).add("likelyCause", hold.getLikelyCause())
                .add("sample", sample(hold));
        hold.getReleasedAt().ifPresent(at -> json.add("released", Json.createObjectBuilder().add("at", utc(at))
                .add("by", hold.getReleasedBy().orElse("")).add("allowed", hold.getAllowed().orElse(0))));
        return json.build();
    }

    /** The hold's people as stored; a row no longer readable (edited by hand, say) shows none rather than failing. */
    private static JsonArray sample(SnapshotHold hold) {
        try (JsonReader reader = Json.createReader(new StringReader(hold.getSample()))) {
            return reader.readArray();
        } catch (JsonException | IllegalStateException unreadable) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
    }

    private static JsonArrayBuilder people(List<SnapshotSafeguard.Reasoned> people) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        people.forEach(person -> {
            JsonObjectBuilder json = Json.createObjectBuilder().add("id", person.id()).add("name", person.name())
                    .add("reason", person.reason());
            if (person.establishment() != null) {
                json.add("establishment", person.establishment());
            }
            array.add(json);
        });
        return array;
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

    private static String utc(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC).toString();
    }
}
