package dev.luccaokta.admin;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import dev.luccaokta.okta.push.PushInsight;
import dev.luccaokta.okta.push.PushStatus;
import dev.luccaokta.tenant.DeliveryMode;
import dev.luccaokta.tenant.Tenant;
import dev.luccaokta.writeback.LuccaKeyPermissions;
import dev.luccaokta.writeback.ReverseSyncPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the status page and the preview show of a tenant: its snapshot, Okta's last request, Lucca's budget,
 * the last failure, what the API key allows, the push to Okta of a tenant that pushes; and for one employee, what Okta receives beside Lucca's record.
 */
@ApplicationScoped
public class TenantInsight {

    private static final Logger LOG = Logger.getLogger(TenantInsight.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    /** A tenant's status; members without a value are left out. */
    @Schema(name = "Status")
    public record Status(Snapshot snapshot,
                         @Schema(description = "The tenant's tag on /metrics (directory_snapshot_age), a digest of its id")
                         String metricsTag,
                         OktaRequest lastOktaRequest,
                         LuccaCalls luccaCalls,
                         Failure lastError,
                         ApiKey apiKey,
                         LuccaApi lucca,
                         @Schema(description = "The push to Okta, for a tenant that pushes: refreshed with the rest "
                                 + "of the status, which a page left open reads without keeping its session")
                         PushStatus push) {
    }

    /** The snapshot Okta is served; when it was built, once it was. */
    @Schema(name = "StatusSnapshot")
    public record Snapshot(int users, int groups, Instant builtAt, Long ageSeconds, Boolean stale) {
    }

    @Schema(name = "OktaRequest")
    public record OktaRequest(Instant at, @Schema(example = "GET Users") String kind) {
    }

    @Schema(name = "LuccaCalls")
    public record LuccaCalls(int lastMinute, int budgetPerMinute,
                             @Schema(description = "Lucca keeps failing; Okta is served the last snapshot")
                             boolean paused) {
    }

    @Schema(name = "LastError")
    public record Failure(Instant at, String message) {
    }

    /** What the key allows; or, instead, why that is not known ({@code unknown}) or there is no key ({@code none}). */
    @Schema(name = "ApiKeyStatus")
    public record ApiKey(String name, List<String> permissions, Boolean futureEmployees, Boolean reverseSyncPossible,
                         Boolean reverseSyncEffective, List<String> reverseSyncMissing,
                         @Schema(description = "Set while Lucca cannot be asked") String unknown,
                         @Schema(description = "Set when the tenant has no API key") String none) {

        static ApiKey none(String why) {
            return new ApiKey(null, null, null, null, null, null, null, why);
        }

        static ApiKey unknown(String why) {
            return new ApiKey(null, null, null, null, null, null, why, null);
        }
    }

    /** The API generation the tenant reads and, through the current one, its client's scopes and token. */
    @Schema(name = "LuccaApiStatus")
    public record LuccaApi(@Schema(enumeration = {"v3", "v5"}) String generation,
                           @Schema(example = "2024-11-01") String apiVersion,
                           String clientId,
                           List<String> scopesGranted,
                           List<MissingScope> scopesMissing,
                           Instant tokenExpiresAt,
                           String tokenError,
                           @Schema(description = "How to move a tenant reading the deprecated legacy API") String advice,
                           @Schema(description = "The Deprecation and Sunset headers Lucca sent on the routes called")
                           List<Notice> notices) {
    }

    @Schema(name = "MissingScope")
    public record MissingScope(String scope, @Schema(description = "What the tenant cannot have without it") String withoutIt) {
    }

    @Schema(name = "LuccaNotice")
    public record Notice(String route, String deprecation, String sunset, Instant lastSeen) {
    }

    /** One employee: Lucca's record and, when the person is listed, what Okta receives; else why not. */
    @Schema(name = "Preview")
    public record Preview(@Schema(type = SchemaType.OBJECT, description = "Lucca's record") JsonObject lucca,
                          @Schema(type = SchemaType.OBJECT, description = "The SCIM User Okta receives") Map<String, Object> scim,
                          @Schema(description = "Why the person is not sent to Okta") String note) {
    }

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

    @Inject
    PushInsight pushes;

    public Status status(Tenant tenant) {
        TenantView view = TenantView.of(tenant);
        DirectoryStatus snapshot = directories.status(tenant.getId());
        Instant now = Instant.now();
        Snapshot built = snapshot.builtAt().map(at -> new Snapshot(snapshot.users(), snapshot.groups(), at,
                        Duration.between(at, now).toSeconds(), Duration.between(at, now).compareTo(view.ttl()) >= 0))
                .orElseGet(() -> new Snapshot(snapshot.users(), snapshot.groups(), null, null, null));
        return new Status(built, SnapshotAgeGauges.tag(tenant.getId()),
                activity.last(tenant.getId()).map(last -> new OktaRequest(last.at(), last.kind())).orElse(null),
                new LuccaCalls(lucca.callsInLastMinute(view.lucca()), lucca.budgetPerMinute(), lucca.paused(view.lucca())),
                snapshot.lastFailure().map(failure -> new Failure(failure.at(), String.valueOf(failure.message())))
                        .orElse(null),
                apiKey(tenant, view), luccaApi(view),
                tenant.getDeliveryMode() == DeliveryMode.OKTA_PUSH ? pushes.status(tenant) : null);
    }

    /**
     * Which API generation the tenant reads and, through the current one, the scopes its client was granted and
     * its token's expiry; the end of life Lucca announced on the routes called.
     */
    private LuccaApi luccaApi(TenantView view) {
        List<Notice> notices = luccaNotices.of(view.lucca().baseUrl()).stream()
                .map(notice -> new Notice(notice.route(), notice.deprecation(), notice.sunset(), notice.lastSeen()))
                .toList();
        if (view.lucca().oauth().isEmpty()) {
            return new LuccaApi("v3", null, null, null, null, null, null,
                    "Lucca deprecated the users route this tenant reads (/api/v3/users). "
                            + "Create a client application in Lucca (Integrations, API keys) with the read scopes and "
                            + "give it to this tenant as its OAuth client to read through Lucca's current API", notices);
        }
        LuccaOAuthClient client = view.lucca().oauth().orElseThrow();
        try {
            LuccaTokens.Grant grant = tokens.grant(client);
            return new LuccaApi("v5", LuccaResourcesApi.VERSION, client.clientId(),
                    grant.granted().stream().map(LuccaScope::code).sorted().toList(),
                    grant.missing().stream().map(scope -> new MissingScope(scope.code(), scope.withoutIt())).toList(),
                    grant.expiresAt(), null, null, notices);
        } catch (LuccaFailure failure) {
            return tokenError(client, whyNoToken(client, failure), notices);
        }
    }

    private static LuccaApi tokenError(LuccaOAuthClient client, String error, List<Notice> notices) {
        return new LuccaApi("v5", LuccaResourcesApi.VERSION, client.clientId(), null, null, null, error, null, notices);
    }

    /** Why the client has no token now, said in the status rather than failing it; other failures fail it. */
    private static String whyNoToken(LuccaOAuthClient client, LuccaFailure failure) {
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
    private ApiKey apiKey(Tenant tenant, TenantView view) {
        if (!view.lucca().hasApiKey()) {
            return ApiKey.none("No Lucca API key: Okta's changes cannot be written back and only operators manage this "
                    + "integration");
        }
        LuccaApiKey key;
        try {
            key = keys.of(view.lucca());
        } catch (RuntimeException luccaUnreachable) {
            return ApiKey.unknown("Lucca cannot be asked what the key allows right now");
        }
        List<String> missing = reverseSync.missingPermissions(key);
        return new ApiKey(String.valueOf(key.name()), key.permissions(), key.permissions().contains("users.readFuture"),
                missing.isEmpty(), missing.isEmpty() && tenant.isReverseSync(), missing, null, null);
    }

    /** Lucca's record of the properties the tenant sends and, when the person is listed, exactly what Okta receives. */
    public Preview preview(Tenant tenant, long userId) {
        TenantView view = TenantView.of(tenant);
        // Lucca's record as the tenant reads it (through the current API with its OAuth client, else with its key),
        // limited to what the tenant sends to Okta: the key may read far more than the tenant chose to share.
        PreviewedRecord shown = PreviewedRecord.of(tenant.getSelectedProperties());
        JsonObject record = (view.lucca().readsLuccaApi() ? luccaApi.employee(view.lucca(), userId).map(shown::luccaApi)
                : lucca.rawUser(view.lucca(), userId).map(shown::legacy))
                .orElseThrow(() -> AdminProblem.notFound("This tenant's Lucca access sees no user " + userId));
        return directories.current(view).user(Long.toString(userId))
                .map(scim -> new Preview(record, JSON.convertValue(scim, OBJECT), null))
                .orElseGet(() -> new Preview(record, null, "Not sent to Okta: a leaver past the grace period"));
    }
}
