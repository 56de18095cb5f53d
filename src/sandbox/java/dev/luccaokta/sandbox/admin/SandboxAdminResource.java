package dev.luccaokta.sandbox.admin;

import dev.luccaokta.sandbox.auth.ApiKeyRegistry;
import dev.luccaokta.sandbox.auth.OAuthClient;
import dev.luccaokta.sandbox.api.LuccaException;
import dev.luccaokta.sandbox.auth.OAuthClientRegistry;
import dev.luccaokta.sandbox.boot.SandboxSettings;
import dev.luccaokta.sandbox.data.EmployeeDirectory;
import dev.luccaokta.sandbox.json.JsonValues;
import dev.luccaokta.sandbox.traffic.Deprecations;
import dev.luccaokta.sandbox.traffic.FaultField;
import dev.luccaokta.sandbox.traffic.FaultSettings;
import dev.luccaokta.sandbox.traffic.Faults;
import dev.luccaokta.sandbox.traffic.RateLimiter;
import dev.luccaokta.sandbox.traffic.RequestLog;
import dev.luccaokta.sandbox.webhooks.Webhooks;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Set;
import java.util.logging.Logger;

/**
 * The settings, fault switches, request log and reset of the sandbox. Every call answers with the resulting state,
 * so a test can check what is in force.
 */
@Path("sandbox")
@Produces(MediaType.APPLICATION_JSON)
@Dependent
public class SandboxAdminResource {
    private static final Logger LOG = Logger.getLogger(SandboxAdminResource.class.getName());

    @Inject
    SandboxSettings settings;
    @Inject
    EmployeeDirectory directory;
    @Inject
    Faults faults;
    @Inject
    RequestLog requestLog;
    @Inject
    RateLimiter rateLimiter;
    @Inject
    ApiKeyRegistry apiKeys;
    @Inject
    OAuthClientRegistry oauthClients;
    @Inject
    Deprecations deprecations;
    @Inject
    Webhooks webhooks;

    /** The data set parameters, and the rate limit and timeout in force (which the fault switches may change). */
    @GET
    @Path("info")
    public JsonObject info() {
        FaultSettings inForce = faults.current();
        return JsonValues.object()
                .add("employees", directory.snapshot().size())
                .add("seed", settings.seed())
                .add("today", settings.today().toString())
                .add("rateLimitPerMinute", inForce.get(FaultField.RATE_LIMIT_PER_MINUTE))
                .add("timeoutMillis", inForce.get(FaultField.TIMEOUT_MILLIS))
                .build();
    }

    @GET
    @Path("faults")
    public JsonObject faults() {
        return AdminJson.faults(faults.current());
    }

    /** Changes only the settings present in the body; nothing changes when one of them is refused. */
    @PUT
    @Path("faults")
    public JsonObject changeFaults(String body) {
        JsonObject changes = AdminJson.object(body);
        FaultSettings updated = faults.update(current -> AdminJson.applyFaults(current, changes));
        LOG.info(() -> "Fault settings now " + updated);
        return AdminJson.faults(updated);
    }

    @DELETE
    @Path("faults")
    public JsonObject clearFaults() {
        return AdminJson.faults(faults.reset());
    }

    @GET
    @Path("requests")
    public JsonObject requests() {
        return AdminJson.requests(requestLog.snapshot());
    }

    @DELETE
    @Path("requests")
    public JsonObject clearRequests() {
        requestLog.clear();
        return AdminJson.requests(requestLog.snapshot());
    }

    /** Ends every access token issued so far, as if they had expired: clients must ask for new ones. */
    @DELETE
    @Path("tokens")
    public JsonObject revokeTokens() {
        return JsonValues.object().add("revoked", oauthClients.revokeTokens()).build();
    }

    /**
     * Changes the scopes a fixed OAuth client is granted from now on ({@code {"scopes": [...]}}), as a Lucca
     * administrator editing the client application would; tokens already issued keep theirs.
     */
    @PUT
    @Path("clients/{clientId}/scopes")
    public JsonObject grantScopes(@PathParam("clientId") String clientId, String body) {
        Set<String> scopes = AdminJson.strings(AdminJson.object(body), "scopes");
        OAuthClient client = oauthClients.grant(clientId, scopes)
                .orElseThrow(() -> LuccaException.notFound("No OAuth client " + clientId));
        LOG.info(() -> "OAuth client " + clientId + " now granted " + scopes);
        return AdminJson.client(client);
    }

    /**
     * Restricts a fixed OAuth client to some business establishments ({@code {"establishmentIds": [1]}}, empty for
     * all of them), as a Lucca administrator editing the client application would. Lucca applies it at each request,
     * so tokens already issued see only those establishments' people from their next request on.
     */
    @PUT
    @Path("clients/{clientId}/establishments")
    public JsonObject restrictEstablishments(@PathParam("clientId") String clientId, String body) {
        Set<Integer> establishmentIds = AdminJson.integers(AdminJson.object(body), "establishmentIds");
        for (int id : establishmentIds) {
            if (directory.organization().establishment(id).isEmpty()) {
                throw LuccaException.badRequest("No business establishment " + id);
            }
        }
        OAuthClient client = oauthClients.restrict(clientId, establishmentIds)
                .orElseThrow(() -> LuccaException.notFound("No OAuth client " + clientId));
        LOG.info(() -> "OAuth client " + clientId + " now restricted to establishments " + establishmentIds);
        return AdminJson.client(client);
    }

    /**
     * Back to the initial state: generated data (no hire), no fault, empty request log and rate window, fixed keys
     * only with their own permissions, no access token, clients with their own scopes and establishments, no route
     * announced deprecated, no webhook endpoint, event or webhook fault.
     */
    @POST
    @Path("reset")
    public JsonObject reset() {
        directory.reset();
        faults.reset();
        requestLog.clear();
        rateLimiter.clear();
        apiKeys.reset();
        oauthClients.revokeTokens();
        oauthClients.restore();
        deprecations.clear();
        webhooks.reset();
        LOG.info("Sandbox reset to its initial state");
        return info();
    }
}
