package dev.luccaokta.admin;

import dev.luccaokta.directory.CatalogueEntry;
import dev.luccaokta.tenant.GroupType;
import dev.luccaokta.tenant.Tenant;
import dev.luccaokta.tenant.TenantRepository;
import dev.luccaokta.web.LogLine;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;

/**
 * {@code /admin/api/tenants}: operators create tenants (the setup's first step); operators and the people Lucca
 * lets administer a tenant's integration read and manage it (catalogue and selection, options, token rotation,
 * disable, delete). Secrets never leave: the API key not at all, a SCIM token only in the answer that makes it.
 */
@Path("tenants")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class TenantsResource {

    private static final Logger LOG = Logger.getLogger(TenantsResource.class.getName());

    /** The first step's form. */
    public record Setup(String name, String technicalAdminEmail, String luccaBaseUrl, String luccaApiKey,
                        String luccaClientId, String luccaClientSecret) {
        @Override
        public String toString() {
            // The key and the secret stay out of log lines.
            return "Setup[" + name + ", " + luccaBaseUrl + ", client " + luccaClientId + "]";
        }
    }

    /** The third step's choices: optional properties by Lucca code, group types to import. */
    public record Selection(List<String> properties, List<String> groupTypes) {
    }

    /** {@code reverseSync} and {@code loginMailWriteBack} may be left out to keep the current choice. */
    public record Options(Integer leaversGraceDays, Long snapshotTtlSeconds, String userNameSource, Boolean reverseSync,
                          Boolean loginMailWriteBack) {
    }

    public record LuccaClient(String clientId, String clientSecret) {
        @Override
        public String toString() {
            // The secret stays out of log lines.
            return "LuccaClient[" + clientId + "]";
        }
    }

    public record LuccaKey(String apiKey) {
        @Override
        public String toString() {
            return "LuccaKey[…]";
        }
    }

    public record Rotation(Integer graceMinutes) {
    }

    @Inject
    SecurityContext security;

    @Inject
    TenantSetup setup;

    @Inject
    TenantRepository tenants;

    @Inject
    IntegrationAdministrators administrators;

    @Inject
    TenantSettings settings;

    @Inject
    LuccaClientSetup luccaClients;

    @Inject
    TenantInsight insight;

    @Inject
    StatusStream statusStream;

    @Inject
    AuditLog auditLog;

    @Inject
    AuthorizedTenant authorizedTenant;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @OperatorsOnly("Only operators create tenants")
    public Response create(Setup form) {
        if (form == null) {
            throw AdminProblem.badRequest("Send the company name, the technical administrator's e-mail, the Lucca base URL, "
                    + "and its API key or OAuth client");
        }
        TenantSetup.Created created = setup.create(form.name(), form.technicalAdminEmail(), form.luccaBaseUrl(),
                form.luccaApiKey(), form.luccaClientId(), form.luccaClientSecret());
        JsonObjectBuilder body = Json.createObjectBuilder(describe(created.tenant())).add("scimToken", created.scimToken());
        if (created.luccaKey() != null) {
            body.add("luccaKeyName", String.valueOf(created.luccaKey().name()))
                    .add("luccaKeyPermissions", Json.createArrayBuilder(created.luccaKey().permissions()));
        }
        return Response.created(uri.getAbsolutePathBuilder().path(created.tenant().getId()).build()).entity(body.build()).build();
    }

    /**
     * The tenants the caller may administer: every tenant for an operator; for anyone else, those naming them as
     * technical administrator that their Lucca confirms (a person's mail is only ever sent to a Lucca that names
     * them; other tenants are opened by id).
     */
    @GET
    public JsonObject list() {
        boolean operator = security.isCallerInRole(AdminAuthentication.OPERATOR);
        String mail = security.getCallerPrincipal().getName();
        JsonArrayBuilder listed = Json.createArrayBuilder();
        tenants.findAll().stream()
                .filter(tenant -> operator || mail.equalsIgnoreCase(tenant.getTechnicalAdminEmail())
                        && administrators.allows(mail, tenant))
                .forEach(tenant -> listed.add(describe(tenant)));
        return Json.createObjectBuilder().add("tenants", listed).build();
    }

    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("id") String id) {
        return describe(authorized(id));
    }

    @GET
    @Path("{id}/status")
    public JsonObject status(@PathParam("id") String id) {
        return insight.status(authorized(id));
    }

    /** The status, pushed as Server-Sent Events named {@code status} every few seconds. */
    @GET
    @Path("{id}/status/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void statusEvents(@PathParam("id") String id, @Context SseEventSink sink, @Context Sse sse) {
        statusStream.open(authorized(id), security.getCallerPrincipal().getName(), sink, sse);
    }

    /** What Okta receives for one employee under the current selection, beside Lucca's record. */
    @GET
    @Path("{id}/preview/{userId}")
    public JsonObject preview(@PathParam("id") String id, @PathParam("userId") long userId) {
        return insight.preview(authorized(id), userId);
    }

    /** Okta's writes to Lucca, newest first: {@code ?offset=0&count=50&outcome=APPLIED&userId=42}. */
    @GET
    @Path("{id}/audit")
    public JsonObject audit(@PathParam("id") String id, @QueryParam("outcome") String outcome,
                            @QueryParam("userId") String userId, @QueryParam("offset") @DefaultValue("0") String offset,
                            @QueryParam("count") @DefaultValue("50") String count) {
        return auditLog.page(authorized(id), outcome, userId, offset, count);
    }

    @GET
    @Path("{id}/catalogue")
    public JsonObject catalogue(@PathParam("id") String id) {
        Tenant tenant = authorized(id);
        JsonArrayBuilder properties = Json.createArrayBuilder();
        for (CatalogueEntry entry : settings.catalogue(tenant)) {
            JsonObjectBuilder property = Json.createObjectBuilder()
                    .add("code", entry.code())
                    .add("label", String.valueOf(entry.label()))
                    .add("kind", entry.kind().name())
                    .add("mandatory", entry.mandatory())
                    .add("synchronisable", entry.synchronisable())
                    .add("writableFromOkta", settings.writableFromOkta(tenant, entry))
                    .add("selected", entry.mandatory() || tenant.getSelectedProperties().contains(entry.code()));
            entry.notSynchronisable().ifPresent(reason -> property.add("reason", reason));
            properties.add(property);
        }
        JsonArrayBuilder groupTypes = Json.createArrayBuilder();
        for (GroupType type : GroupType.values()) {
            groupTypes.add(Json.createObjectBuilder().add("type", type.name())
                    .add("enabled", tenant.getEnabledGroupTypes().contains(type)));
        }
        return Json.createObjectBuilder().add("properties", properties).add("groupTypes", groupTypes).build();
    }

    @PUT
    @Path("{id}/selection")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject select(@PathParam("id") String id, Selection selection) {
        if (selection == null || selection.properties() == null || selection.groupTypes() == null) {
            throw AdminProblem.badRequest("Send the properties and the groupTypes to synchronise");
        }
        return describe(settings.select(authorized(id), selection.properties(), selection.groupTypes()));
    }

    @PUT
    @Path("{id}/options")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject configure(@PathParam("id") String id, Options options) {
        if (options == null || options.leaversGraceDays() == null || options.snapshotTtlSeconds() == null) {
            throw AdminProblem.badRequest("Send leaversGraceDays, snapshotTtlSeconds and userNameSource");
        }
        Tenant tenant = authorized(id);
        return describe(settings.configure(tenant, options.leaversGraceDays(), options.snapshotTtlSeconds(),
                options.userNameSource(), options.reverseSync() == null ? tenant.isReverseSync() : options.reverseSync(),
                options.loginMailWriteBack() == null ? tenant.isLoginMailWriteBack() : options.loginMailWriteBack()));
    }

    /**
     * Reads the tenant's Lucca through its current API (v5) with this OAuth client from now on. The API key stays:
     * it serves write-back and the administrators' permissions.
     */
    @PUT
    @Path("{id}/lucca-client")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject connectLuccaClient(@PathParam("id") String id, LuccaClient client) {
        if (client == null) {
            throw AdminProblem.badRequest("Send the clientId and clientSecret of the client application made in Lucca");
        }
        return describe(luccaClients.connect(authorized(id), client.clientId(), client.clientSecret()));
    }

    /** Back to reading with the API key alone (Lucca's legacy API). */
    @DELETE
    @Path("{id}/lucca-client")
    public JsonObject disconnectLuccaClient(@PathParam("id") String id) {
        return describe(luccaClients.disconnect(authorized(id)));
    }

    /** Gives the tenant this Lucca API key (checked with Lucca first) for write-back and administrators' permissions. */
    @PUT
    @Path("{id}/lucca-key")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject useLuccaKey(@PathParam("id") String id, LuccaKey key) {
        if (key == null || key.apiKey() == null) {
            throw AdminProblem.badRequest("Send the apiKey made in Lucca for this integration");
        }
        return describe(setup.useApiKey(authorized(id), key.apiKey()));
    }

    /** Removes the tenant's API key; only a tenant with an OAuth client may do without one. */
    @DELETE
    @Path("{id}/lucca-key")
    // Without a key Lucca vouches for no one: the administrator removing it would lock themselves out.
    @OperatorsOnly("Only operators remove a tenant's API key: without it, only operators manage the tenant")
    public JsonObject removeLuccaKey(@PathParam("id") String id) {
        return describe(setup.useApiKey(authorized(id), null));
    }

    /**
     * Releases the Lucca user an account was confirmed as on this tenant (operators only), e.g. once Lucca gave the
     * person a new user: the account's next visit confirms it by mail again.
     */
    @DELETE
    @Path("{id}/administrators")
    @OperatorsOnly("Only operators release the Lucca user an administrator was confirmed as")
    public Response releaseAdministrator(@PathParam("id") String id, @QueryParam("mail") String mail) {
        Tenant tenant = authorized(id);
        if (mail == null || mail.isBlank()) {
            throw AdminProblem.badRequest("Name the account: ?mail=...");
        }
        if (!administrators.release(mail, tenant)) {
            throw AdminProblem.notFound(mail + " was not confirmed as anyone on this tenant");
        }
        LOG.info(() -> LogLine.of("administrator-released", "tenant", tenant.getId(), "account", mail,
                "by", security.getCallerPrincipal().getName()));
        return Response.noContent().build();
    }

    /** A new SCIM token, shown in this answer only; the old one works until the grace period ends. */
    @POST
    @Path("{id}/token")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject rotateToken(@PathParam("id") String id, Rotation rotation) {
        if (rotation == null || rotation.graceMinutes() == null) {
            throw AdminProblem.badRequest("Send graceMinutes: how long the current token keeps working");
        }
        Tenant tenant = authorized(id);
        String token = settings.rotateToken(tenant, Duration.ofMinutes(rotation.graceMinutes()));
        return Json.createObjectBuilder(describe(tenant)).add("scimToken", token)
                .add("previousTokenValidUntil", tenant.getPreviousTokenValidUntil().toString()).build();
    }

    @POST
    @Path("{id}/disable")
    public JsonObject disable(@PathParam("id") String id) {
        return describe(settings.enable(authorized(id), false));
    }

    @POST
    @Path("{id}/enable")
    public JsonObject enable(@PathParam("id") String id) {
        return describe(settings.enable(authorized(id), true));
    }

    @DELETE
    @Path("{id}/snapshot")
    public Response discardSnapshot(@PathParam("id") String id) {
        settings.discardSnapshot(authorized(id));
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        settings.delete(authorized(id));
        return Response.noContent().build();
    }

    /** The tenant, which {@link AdminAccess} found and let the caller manage before the body was read. */
    private Tenant authorized(String id) {
        return authorizedTenant.of(id);
    }

    private JsonObject describe(Tenant tenant) {
        URI scimBase = uri.getBaseUriBuilder().replacePath(uri.getBaseUri().getPath().replaceAll("admin/api/?$", "api")).build();
        JsonObjectBuilder described = Json.createObjectBuilder();
        if (tenant.getTechnicalAdminEmail() != null) {
            described.add("technicalAdminEmail", tenant.getTechnicalAdminEmail());
        }
        tenant.getLuccaClientId().ifPresent(clientId -> described.add("luccaClientId", clientId));
        described.add("luccaApiKeySet", tenant.hasLuccaApiKey());
        return described
                .add("id", tenant.getId())
                .add("name", tenant.getName())
                .add("luccaBaseUrl", tenant.getLuccaBaseUrl())
                .add("luccaApi", tenant.getLuccaClientId().isPresent() ? "v5" : "v3")
                .add("scimBaseUrl", scimBase.toString())
                .add("createdAt", tenant.getCreatedAt().toString())
                .add("enabled", !tenant.isDisabled())
                .add("leaversGraceDays", tenant.getLeaversGraceDays())
                .add("snapshotTtlSeconds", tenant.getSnapshotTtl().toSeconds())
                .add("userNameSource", tenant.getUserNameSource().name())
                .add("reverseSync", tenant.isReverseSync())
                .add("loginMailWriteBack", tenant.isLoginMailWriteBack())
                .add("selectedProperties", Json.createArrayBuilder(tenant.getSelectedProperties().stream().sorted().toList()))
                .add("groupTypes", Json.createArrayBuilder(tenant.getEnabledGroupTypes().stream().map(Enum::name).sorted().toList()))
                .build();
    }
}
