package dev.luccaokta.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luccaokta.directory.DirectoryStatus;
import dev.luccaokta.directory.SnapshotAgeGauges;
import dev.luccaokta.directory.TenantActivity;
import dev.luccaokta.directory.TenantDirectories;
import dev.luccaokta.directory.TenantView;
import dev.luccaokta.lucca.LuccaApiKey;
import dev.luccaokta.lucca.LuccaApiReader;
import dev.luccaokta.lucca.LuccaFailure;
import dev.luccaokta.lucca.LuccaNotices;
import dev.luccaokta.lucca.LuccaOAuthClient;
import dev.luccaokta.lucca.LuccaResourcesApi;
import dev.luccaokta.lucca.LuccaScope;
import dev.luccaokta.lucca.LuccaTokenRefusedException;
import dev.luccaokta.lucca.LuccaTokens;
import dev.luccaokta.lucca.LuccaGateway;
import dev.luccaokta.tenant.Tenant;
import dev.luccaokta.writeback.LuccaKeyPermissions;
import dev.luccaokta.writeback.ReverseSyncPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the status page and the preview show of a tenant: its snapshot, Okta's last request, Lucca's budget,
 * the last failure, what the API key allows; and for one employee, what Okta receives beside Lucca's record.
 */
@ApplicationScoped
public class TenantInsight {

    private static final Logger LOG = Logger.getLogger(TenantInsight.class.getName());

    @Inject
    TenantDirectories directories;

    @Inject
    TenantActivity activity;

    @Inject
    LuccaGateway lucca;

    @Inject
    LuccaKeyPermissions keys;

    @Inject
    ReverseSyncPolicy reverseSync;

    @Inject
    LuccaTokens tokens;

    @Inject
    LuccaApiReader luccaApi;

    @Inject
    LuccaNotices luccaNotices;

    public JsonObject status(Tenant tenant) {
        TenantView view = TenantView.of(tenant);
        DirectoryStatus snapshot = directories.status(tenant.getId());
        JsonObjectBuilder status = Json.createObjectBuilder();
        JsonObjectBuilder built = Json.createObjectBuilder().add("users", snapshot.users()).add("groups", snapshot.groups());
        snapshot.builtAt().ifPresent(at -> built.add("builtAt", at.toString())
                .add("ageSeconds", Duration.between(at, Instant.now()).toSeconds())
                .add("stale", Duration.between(at, Instant.now()).compareTo(view.ttl()) >= 0));
        status.add("snapshot", built);
        status.add("metricsTag", SnapshotAgeGauges.tag(tenant.getId()));
        activity.last(tenant.getId()).ifPresent(last -> status.add("lastOktaRequest",
                Json.createObjectBuilder().add("at", last.at().toString()).add("kind", last.kind())));
        status.add("luccaCalls", Json.createObjectBuilder()
                .add("lastMinute", lucca.callsInLastMinute(view.lucca())).add("budgetPerMinute", lucca.budgetPerMinute())
                .add("paused", lucca.paused(view.lucca())));
        snapshot.lastFailure().ifPresent(failure -> status.add("lastError",
                Json.createObjectBuilder().add("at", failure.at().toString()).add("message", String.valueOf(failure.message()))));
        status.add("apiKey", apiKey(tenant, view));
        status.add("lucca", luccaApi(view));
        return status.build();
    }

    /**
     * Which API generation the tenant reads and, through the current one, the scopes its client was granted and
     * its token's expiry; the end of life Lucca announced on the routes called.
     */
    private JsonObject luccaApi(TenantView view) {
        JsonObjectBuilder api = Json.createObjectBuilder();
        JsonArrayBuilder notices = Json.createArrayBuilder();
        luccaNotices.of(view.lucca().baseUrl()).forEach(notice -> {
            JsonObjectBuilder described = Json.createObjectBuilder().add("route", notice.route())
                    .add("lastSeen", notice.lastSeen().toString());
            Optional.ofNullable(notice.deprecation()).ifPresent(date -> described.add("deprecation", date));
            Optional.ofNullable(notice.sunset()).ifPresent(date -> described.add("sunset", date));
            notices.add(described);
        });
        api.add("notices", notices);
        if (view.lucca().oauth().isEmpty()) {
            return api.add("generation", "v3")
                    .add("advice", "Lucca deprecated the users route this tenant reads (/api/v3/users). "
                            + "Create a client application in Lucca (Integrations, API keys) with the read scopes and "
                            + "give it to this tenant as its OAuth client to read through Lucca's current API")
                    .build();
        }
        LuccaOAuthClient client = view.lucca().oauth().orElseThrow();
        api.add("generation", "v5").add("apiVersion", LuccaResourcesApi.VERSION).add("clientId", client.clientId());
        try {
            LuccaTokens.Grant grant = tokens.grant(client);
            JsonArrayBuilder missing = Json.createArrayBuilder();
            grant.missing().forEach(scope -> missing.add(Json.createObjectBuilder()
                    .add("scope", scope.code()).add("withoutIt", scope.withoutIt())));
            api.add("scopesGranted", Json.createArrayBuilder(grant.granted().stream().map(LuccaScope::code).sorted().toList()))
                    .add("scopesMissing", missing)
                    .add("tokenExpiresAt", grant.expiresAt().toString());
        } catch (LuccaFailure failure) {
            api.add("tokenError", tokenError(client, failure));
        }
        return api.build();
    }

    /** Why the client has no token now, said in the status rather than failing it; other failures fail it. */
    private static String tokenError(LuccaOAuthClient client, LuccaFailure failure) {
        return switch (failure.kind()) {
            case TOKEN_REFUSED -> "Lucca's token endpoint refuses the client: "
                    + ((LuccaTokenRefusedException) failure).error();
            case TRANSIENT -> {
                LOG.log(Level.FINE, "Lucca's token endpoint could not be asked for " + client, failure);
                yield "Lucca's token endpoint cannot be asked right now";
            }
            case ERROR_STATUS, UNUSABLE_ANSWER, THROTTLED, UNAVAILABLE, URL_REFUSED, HOST_UNRESOLVED -> throw failure;
        };
    }

    /** What the key allows; while Lucca cannot be asked, the status says so rather than failing. */
    private JsonObject apiKey(Tenant tenant, TenantView view) {
        if (!view.lucca().hasApiKey()) {
            return Json.createObjectBuilder().add("none", "No Lucca API key: Okta's changes cannot be written back "
                    + "and only operators manage this integration").build();
        }
        LuccaApiKey key;
        try {
            key = keys.of(view.lucca());
        } catch (RuntimeException luccaUnreachable) {
            return Json.createObjectBuilder().add("unknown", "Lucca cannot be asked what the key allows right now").build();
        }
        List<String> missing = reverseSync.missingPermissions(key);
        return Json.createObjectBuilder()
                .add("name", String.valueOf(key.name()))
                .add("permissions", Json.createArrayBuilder(key.permissions()))
                .add("futureEmployees", key.permissions().contains("users.readFuture"))
                .add("reverseSyncPossible", missing.isEmpty())
                .add("reverseSyncEffective", missing.isEmpty() && tenant.isReverseSync())
                .add("reverseSyncMissing", Json.createArrayBuilder(missing))
                .build();
    }

    /** Lucca's record of the properties the tenant sends and, when the person is listed, exactly what Okta receives. */
    public JsonObject preview(Tenant tenant, long userId) {
        TenantView view = TenantView.of(tenant);
        // Lucca's record as the tenant reads it (through the current API with its OAuth client, else with its key),
        // limited to what the tenant sends to Okta: the key may read far more than the tenant chose to share.
        PreviewedRecord shown = PreviewedRecord.of(tenant.getSelectedProperties());
        JsonObject record = (view.lucca().readsLuccaApi() ? luccaApi.employee(view.lucca(), userId).map(shown::luccaApi)
                : lucca.rawUser(view.lucca(), userId).map(shown::legacy))
                .orElseThrow(() -> AdminProblem.notFound("This tenant's Lucca access sees no user " + userId));
        Optional<ObjectNode> scim = directories.current(view).user(Long.toString(userId));
        JsonObjectBuilder preview = Json.createObjectBuilder().add("lucca", record);
        scim.ifPresentOrElse(node -> preview.add("scim", parse(node.toString())),
                () -> preview.add("note", "Not sent to Okta: a leaver past the grace period"));
        return preview.build();
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
