package dev.luccaokta.oktasandbox.api;

import com.nimbusds.jose.jwk.JWK;
import dev.luccaokta.oktasandbox.auth.Credentials;
import dev.luccaokta.oktasandbox.auth.ServiceApp;
import dev.luccaokta.oktasandbox.directory.Directory;
import dev.luccaokta.oktasandbox.directory.IdentitySource;
import dev.luccaokta.oktasandbox.directory.IdentitySources;
import dev.luccaokta.oktasandbox.emulator.CurrentSettings;
import dev.luccaokta.oktasandbox.emulator.EmulatorSettings;
import dev.luccaokta.oktasandbox.emulator.EmulatorState;
import dev.luccaokta.oktasandbox.emulator.Fault;
import dev.luccaokta.oktasandbox.emulator.Faults;
import dev.luccaokta.oktasandbox.emulator.RequestLog;
import dev.luccaokta.oktasandbox.errors.OktaApiException;
import dev.luccaokta.oktasandbox.sessions.ImportSessions;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.text.ParseException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;

/**
 * The emulator's controls, for tests, benchmarks and the demo: look at the Okta users, register sources, API tokens
 * and service apps, change the settings, inject faults, read the request log and the counters, and reset.
 */
@Path("emulator")
@Produces(MediaType.APPLICATION_JSON)
public class EmulatorResource {
    static final int MAX_BODY = 64 * 1024;

    @Inject
    EmulatorState state;

    @Inject
    Directory directory;

    @Inject
    IdentitySources sources;

    @Inject
    Credentials credentials;

    @Inject
    CurrentSettings settings;

    @Inject
    Faults faults;

    @Inject
    RequestLog log;

    @Inject
    ImportSessions sessions;

    @GET
    @Path("users/{externalId}")
    public JsonObject user(@PathParam("externalId") String externalId) {
        return OktaJson.oktaUser(directory.user(externalId)
                .orElseThrow(() -> OktaApiException.notFound(externalId, "User")));
    }

    @PUT
    @Path("identity-sources/{id}")
    public Response source(@PathParam("id") String id, InputStream body) {
        JsonObject features = JsonBodies.object(body, MAX_BODY);
        sources.put(new IdentitySource(id, JsonBodies.flag(features, "identitySourceApps", true),
                JsonBodies.flag(features, "individualEntities", true)));
        return Response.noContent().build();
    }

    @POST
    @Path("api-tokens")
    public Response apiToken(InputStream body) {
        credentials.addApiToken(JsonBodies.string(JsonBodies.object(body, MAX_BODY), "token", 200));
        return Response.noContent().build();
    }

    @PUT
    @Path("service-apps/{clientId}")
    public Response serviceApp(@PathParam("clientId") String clientId, InputStream body) {
        JsonObject app = JsonBodies.object(body, MAX_BODY);
        JsonValue jwk = app.get("publicJwk");
        if (jwk == null || jwk.getValueType() != JsonValue.ValueType.OBJECT) {
            throw OktaApiException.validation("publicJwk", "The field publicJwk is required: a JWK object.");
        }
        try {
            credentials.putApp(new ServiceApp(clientId, JWK.parse(jwk.toString()).toPublicJWK(),
                    new HashSet<>(JsonBodies.strings(app, "scopes", 200)), JsonBodies.flag(app, "requireDpop", true)));
        } catch (ParseException | IllegalArgumentException e) {
            throw OktaApiException.validation("publicJwk", "The field publicJwk is not a usable public JWK.");
        }
        return Response.noContent().build();
    }

    @GET
    @Path("settings")
    public JsonObject settings() {
        EmulatorSettings current = settings.get();
        return Json.createObjectBuilder().add("processingDelayMillis", current.processingDelay().toMillis())
                .add("sessionWindowSeconds", current.sessionWindow().toSeconds())
                .add("createStatus", current.createStatus())
                .add("tokenLifetimeSeconds", current.tokenLifetime().toSeconds()).build();
    }

    /** Changes the settings named in the body, keeping the others. */
    @PUT
    @Path("settings")
    public JsonObject changeSettings(InputStream body) {
        JsonObject changes = JsonBodies.object(body, MAX_BODY);
        EmulatorSettings current = settings.get();
        try {
            settings.set(new EmulatorSettings(
                    Duration.ofMillis(JsonBodies.number(changes, "processingDelayMillis", current.processingDelay().toMillis())),
                    Duration.ofSeconds(JsonBodies.number(changes, "sessionWindowSeconds", current.sessionWindow().toSeconds())),
                    (int) JsonBodies.number(changes, "createStatus", current.createStatus()),
                    Duration.ofSeconds(JsonBodies.number(changes, "tokenLifetimeSeconds", current.tokenLifetime().toSeconds()))));
        } catch (IllegalArgumentException e) {
            throw OktaApiException.validation("settings", e.getMessage());
        }
        return settings();
    }

    /**
     * Switches a fault on: {@code status} 503, 500 or 429 (with {@code resetSeconds}), or {@code hangMillis} alone;
     * for the next {@code count} requests, or all of them until cleared when {@code count} is left out.
     */
    @PUT
    @Path("faults")
    public Response fault(InputStream body) {
        JsonObject fault = JsonBodies.object(body, MAX_BODY);
        try {
            faults.set(new Fault((int) JsonBodies.number(fault, "status", 0),
                    Duration.ofSeconds(JsonBodies.number(fault, "resetSeconds", 60)),
                    Duration.ofMillis(JsonBodies.number(fault, "hangMillis", 0)),
                    (int) Math.max(-1, Math.min(1_000_000, JsonBodies.number(fault, "count", -1)))));
        } catch (IllegalArgumentException e) {
            throw OktaApiException.validation("faults", e.getMessage());
        }
        return Response.noContent().build();
    }

    @DELETE
    @Path("faults")
    public Response clearFaults() {
        faults.clear();
        return Response.noContent().build();
    }

    /** The next {@code count} sessions processed end in ERROR. */
    @PUT
    @Path("import-errors")
    public Response importErrors(InputStream body) {
        long count = JsonBodies.number(JsonBodies.object(body, MAX_BODY), "count", 1);
        if (count < 0 || count > 1000) {
            throw OktaApiException.validation("count", "The count must be between 0 and 1000.");
        }
        sessions.failNextImports((int) count);
        return Response.noContent().build();
    }

    @GET
    @Path("requests")
    public JsonObject requests() {
        JsonArrayBuilder entries = Json.createArrayBuilder();
        log.entries().forEach(entry -> entries.add(Json.createObjectBuilder().add("method", entry.method())
                .add("path", entry.path()).add("status", entry.status()).add("time", OktaJson.time(entry.time()))));
        return Json.createObjectBuilder().add("requests", entries).build();
    }

    /** How many times each {@code externalId} was upserted and deactivated. */
    @GET
    @Path("counters")
    public JsonObject counters() {
        Directory.Counts counts = directory.counts();
        return Json.createObjectBuilder().add("upserts", Json.createObjectBuilder(new HashMap<String, Object>(counts.upserts())))
                .add("deactivations", Json.createObjectBuilder(new HashMap<String, Object>(counts.deactivations())))
                .build();
    }

    @POST
    @Path("reset")
    public Response reset() {
        state.reset();
        return Response.noContent().build();
    }
}
