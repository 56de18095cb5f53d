package dev.luccaokta.admin;

import dev.luccaokta.directory.CatalogueEntry;
import dev.luccaokta.directory.PropertyKind;
import dev.luccaokta.tenant.AuditOutcome;
import dev.luccaokta.tenant.GroupType;
import dev.luccaokta.tenant.Tenant;
import dev.luccaokta.tenant.TenantRepository;
import dev.luccaokta.web.LogLine;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /admin/api/tenants}: operators create tenants (the setup's first step); operators and the people Lucca
 * lets administer a tenant's integration read and manage it (catalogue and selection, options, token rotation,
 * disable, delete). Secrets never leave: the API key not at all, a SCIM token only in the answer that makes it.
 */
@Path("tenants")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "tenants")
public class TenantsResource {

    private static final Logger LOG = Logger.getLogger(TenantsResource.class.getName());

    /** The first step's form; the API key, the OAuth client, or both. */
    @Schema(name = "Setup", description = "The API key, the OAuth client, or both")
    public record Setup(
            @NotBlank(message = Setup.NAME) @Size(max = 200, message = Setup.NAME)
            @Schema(required = true, maxLength = 200)
            String name,
            @NotNull(message = Setup.MAIL)
            @Pattern(regexp = "\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s.]+\\s*", message = Setup.MAIL)
            @Schema(required = true, format = "email")
            String technicalAdminEmail,
            @Schema(format = "uri", example = "https://company.ilucca.net", required = true)
            String luccaBaseUrl,
            @Size(max = 300, message = "The Lucca API key has at most 300 characters")
            @Schema(writeOnly = true, maxLength = 300)
            String luccaApiKey,
            @Schema(description = "Optional: a client application of Lucca's current API (v5). With it the tenant reads "
                    + "through that API and userName is the professional e-mail; the API key still serves write-back "
                    + "and administrators.")
            String luccaClientId,
            @Schema(writeOnly = true)
            String luccaClientSecret) {

        static final String SEND = "Send the company name, the technical administrator's e-mail, the Lucca base URL, "
                + "and its API key or OAuth client";
        static final String NAME = "A company name of at most 200 characters is required";
        static final String MAIL = "The technical administrator's e-mail address is required and must be valid";

        @Override
        public String toString() {
            // The key and the secret stay out of log lines.
            return "Setup[" + name + ", " + luccaBaseUrl + ", client " + luccaClientId + "]";
        }
    }

    /** The third step's choices: optional properties by Lucca code, group types to import. */
    @Schema(name = "Selection")
    public record Selection(
            @NotNull(message = Selection.SEND) @Schema(required = true, description = "Lucca property codes")
            List<String> properties,
            @NotNull(message = Selection.SEND)
            @Schema(required = true, implementation = GroupType.class, type = SchemaType.ARRAY)
            List<String> groupTypes) {

        static final String SEND = "Send the properties and the groupTypes to synchronise";
    }

    /** {@code reverseSync} and {@code loginMailWriteBack} may be left out to keep the current choice. */
    @Schema(name = "Options")
    public record Options(
            @NotNull(message = Options.SEND)
            @Min(value = 0, message = Options.GRACE_DAYS)
            @Max(value = Tenant.MAX_LEAVERS_GRACE_DAYS, message = Options.GRACE_DAYS)
            @Schema(required = true, minimum = "0", maximum = "" + Tenant.MAX_LEAVERS_GRACE_DAYS)
            Integer leaversGraceDays,
            @NotNull(message = Options.SEND)
            @Min(value = Tenant.MIN_SNAPSHOT_TTL_SECONDS, message = Options.TTL)
            @Max(value = Tenant.MAX_SNAPSHOT_TTL_SECONDS, message = Options.TTL)
            @Schema(required = true, minimum = "" + Tenant.MIN_SNAPSHOT_TTL_SECONDS,
                    maximum = "" + Tenant.MAX_SNAPSHOT_TTL_SECONDS)
            Long snapshotTtlSeconds,
            @Schema(enumeration = {"LOGIN", "MAIL"}, required = true)
            String userNameSource,
            @Schema(description = "Okta → Lucca synchronisation; left out, the current choice is kept")
            Boolean reverseSync,
            @Schema(description = "Whether Okta may also change login and professional mail (off by default: they say "
                    + "who a person is, and the mail who may administer the integration); left out, the current choice "
                    + "is kept")
            Boolean loginMailWriteBack) {

        static final String SEND = "Send leaversGraceDays, snapshotTtlSeconds and userNameSource";
        static final String GRACE_DAYS = "Leavers grace days must be between 0 and " + Tenant.MAX_LEAVERS_GRACE_DAYS
                + ", not ${validatedValue}";
        static final String TTL = "Snapshot TTL must be between 1 minute and 1 day, not ${validatedValue} seconds";
    }

    @Schema(name = "LuccaClient")
    public record LuccaClient(
            @Schema(required = true) String clientId,
            @Schema(required = true, writeOnly = true) String clientSecret) {

        static final String SEND = "Send the clientId and clientSecret of the client application made in Lucca";

        @Override
        public String toString() {
            // The secret stays out of log lines.
            return "LuccaClient[" + clientId + "]";
        }
    }

    @Schema(name = "LuccaKey")
    public record LuccaKey(
            @NotNull(message = LuccaKey.SEND)
            @Pattern(regexp = "(?s).*\\S.*", message = LuccaKey.REQUIRED)
            @Size(max = 300, message = LuccaKey.REQUIRED)
            @Schema(required = true, writeOnly = true, maxLength = 300)
            String apiKey) {

        static final String SEND = "Send the apiKey made in Lucca for this integration";
        static final String REQUIRED = "The Lucca API key is required (at most 300 characters)";

        @Override
        public String toString() {
            return "LuccaKey[…]";
        }
    }

    @Schema(name = "Rotation")
    public record Rotation(
            @NotNull(message = Rotation.SEND)
            @Min(value = 0, message = Rotation.GRACE)
            @Max(value = Tenant.MAX_TOKEN_GRACE_MINUTES, message = Rotation.GRACE)
            @Schema(required = true, minimum = "0", maximum = "" + Tenant.MAX_TOKEN_GRACE_MINUTES)
            Integer graceMinutes) {

        static final String SEND = "Send graceMinutes: how long the current token keeps working";
        static final String GRACE = "The old token's grace period is between 0 and 7 days, not ${validatedValue} minutes";
    }

    @Schema(name = "TenantList")
    public record TenantList(List<TenantDescription> tenants) {
    }

    /** Every property the tenant's Lucca offers and every group type, each with whether Okta receives it. */
    @Schema(name = "Catalogue")
    public record Catalogue(List<Property> properties, List<GroupTypeChoice> groupTypes) {

        @Schema(name = "CatalogueProperty")
        public record Property(String code, String label, PropertyKind kind, boolean mandatory, boolean synchronisable,
                               @Schema(description = "login and mail: only when the tenant opted in (loginMailWriteBack)")
                               boolean writableFromOkta,
                               boolean selected,
                               @Schema(description = "Why the property cannot be synchronised")
                               String reason) {
        }

        @Schema(name = "GroupTypeChoice")
        public record GroupTypeChoice(GroupType type, boolean enabled) {
        }
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
    @Operation(operationId = "createTenant", summary = "Set up a tenant (operators only)", description = "Checks the "
            + "mail, and the Lucca URL and key by asking Lucca what the key may do. The answer holds the SCIM token, "
            + "shown this once: only its hash is kept.")
    @APIResponse(responseCode = "201", description = "The new tenant, its SCIM token and what its Lucca key may do",
            headers = @Header(name = "Location", description = "The new tenant's URL", schema = @Schema(type =
                    SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TenantDescription.class)))
    public Response create(@NotNull(message = Setup.SEND) @Valid Setup form) {
        TenantSetup.Created created = setup.create(form.name(), form.technicalAdminEmail(), form.luccaBaseUrl(),
                form.luccaApiKey(), form.luccaClientId(), form.luccaClientSecret());
        return Response.created(uri.getAbsolutePathBuilder().path(created.tenant().getId()).build())
                .entity(TenantDescription.created(created, scimBaseUrl())).build();
    }

    /**
     * The tenants the caller may administer: every tenant for an operator; for anyone else, those naming them as
     * technical administrator that their Lucca confirms (a person's mail is only ever sent to a Lucca that names
     * them; other tenants are opened by id).
     */
    @GET
    @Operation(operationId = "listTenants", summary = "The tenants the caller may administer", description = "Every "
            + "tenant for an operator; for anyone else, the tenants naming them as technical administrator that their "
            + "Lucca confirms.")
    @APIResponseSchema(value = TenantList.class, responseCode = "200", responseDescription = "The tenants")
    @APIResponse(responseCode = "503", ref = "LuccaUnavailable")
    public TenantList list() {
        boolean operator = security.isCallerInRole(AdminAuthentication.OPERATOR);
        String mail = security.getCallerPrincipal().getName();
        return new TenantList(tenants.findAll().stream()
                .filter(tenant -> operator || mail.equalsIgnoreCase(tenant.getTechnicalAdminEmail())
                        && administrators.allows(mail, tenant))
                .map(this::describe)
                .toList());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getTenant", summary = "The tenant and its settings, never a secret")
    public TenantDescription get(@PathParam("id") String id) {
        return describe(authorized(id));
    }

    @GET
    @Path("{id}/status")
    @Operation(operationId = "getStatus", summary = "Snapshot, Okta's last request, Lucca calls against the budget, "
            + "last failed refresh, what the key allows")
    public TenantInsight.Status status(@PathParam("id") String id) {
        return insight.status(authorized(id));
    }

    /** The status, pushed as Server-Sent Events named {@code status} every few seconds. */
    @GET
    @Path("{id}/status/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamStatus", summary = "The status as Server-Sent Events named \"status\", every few "
            + "seconds (admin.statusPushSeconds)")
    @APIResponse(responseCode = "200", description = "An event stream; each \"status\" event's data is a Status. When "
            + "the status cannot be read, an \"error\" event carries a Problem instead, and the stream ends after three "
            + "in a row; it also ends once the tenant is disabled or deleted or the right to administer it is gone.",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING)))
    public void statusEvents(@PathParam("id") String id, @Context SseEventSink sink, @Context Sse sse) {
        statusStream.open(authorized(id), security.getCallerPrincipal().getName(), sink, sse);
    }

    /** What Okta receives for one employee under the current selection, beside Lucca's record. */
    @GET
    @Path("{id}/preview/{userId}")
    @Operation(operationId = "previewUser", summary = "Lucca's record (only the mandatory and selected properties) and, "
            + "when the person is listed, the SCIM User Okta receives under the current selection")
    public TenantInsight.Preview preview(@PathParam("id") String id,
                                         @Parameter(description = "The Lucca user id") @PathParam("userId") long userId) {
        return insight.preview(authorized(id), userId);
    }

    /** Okta's writes to Lucca, newest first: {@code ?offset=0&count=50&outcome=APPLIED&userId=42}. */
    @GET
    @Path("{id}/audit")
    @Operation(operationId = "getAudit", summary = "The audit trail of Okta's writes to Lucca, newest first")
    public AuditLog.Page audit(
            @PathParam("id") String id,
            @Parameter(description = "Only the entries of this outcome",
                    schema = @Schema(implementation = AuditOutcome.class))
            @QueryParam("outcome") String outcome,
            @Parameter(description = "Only the entries of this Lucca user id") @QueryParam("userId") String userId,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("offset") @DefaultValue("0") @WholeNumber(message = AuditLog.PAGE) String offset,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + AuditLog.MAX_COUNT))
            @QueryParam("count") @DefaultValue("50") @WholeNumber(min = 1, max = AuditLog.MAX_COUNT,
                    message = AuditLog.PAGE) String count) {
        return auditLog.page(authorized(id), outcome, userId, WholeNumber.Check.value(offset), WholeNumber.Check.value(count));
    }

    @GET
    @Path("{id}/catalogue")
    @Operation(operationId = "getCatalogue", summary = "Every property the tenant's Lucca offers, whether it can be "
            + "sent to Okta and why not; the group types")
    public Catalogue catalogue(@PathParam("id") String id) {
        Tenant tenant = authorized(id);
        List<Catalogue.Property> properties = settings.catalogue(tenant).stream()
                .map(entry -> property(tenant, entry)).toList();
        List<Catalogue.GroupTypeChoice> groupTypes = Arrays.stream(GroupType.values())
                .map(type -> new Catalogue.GroupTypeChoice(type, tenant.getEnabledGroupTypes().contains(type))).toList();
        return new Catalogue(properties, groupTypes);
    }

    private Catalogue.Property property(Tenant tenant, CatalogueEntry entry) {
        return new Catalogue.Property(entry.code(), String.valueOf(entry.label()), entry.kind(), entry.mandatory(),
                entry.synchronisable(), settings.writableFromOkta(tenant, entry),
                entry.mandatory() || tenant.getSelectedProperties().contains(entry.code()),
                entry.notSynchronisable().orElse(null));
    }

    @PUT
    @Path("{id}/selection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "selectProperties", summary = "Choose the properties and group types Okta receives",
            description = "A property that cannot be synchronised is refused, with the reason. Okta's next read uses "
                    + "the selection.")
    public TenantDescription select(@PathParam("id") String id,
                                    @NotNull(message = Selection.SEND) @Valid Selection selection) {
        return describe(settings.select(authorized(id), selection.properties(), selection.groupTypes()));
    }

    @PUT
    @Path("{id}/options")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "configureOptions", summary = "Leavers' grace period, snapshot lifetime, userName source, "
            + "Okta → Lucca synchronisation")
    public TenantDescription configure(@PathParam("id") String id,
                                       @NotNull(message = Options.SEND) @Valid Options options) {
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
    @Operation(operationId = "connectLuccaClient", summary = "Read through Lucca's current API (v5) with this OAuth "
            + "client", description = "Accepted when Lucca's token endpoint grants the client every scope the selection "
            + "needs, the selection holds only what that API carries, and userName comes from the professional e-mail. "
            + "The first read starts at once.")
    public TenantDescription connectLuccaClient(@PathParam("id") String id,
                                                @NotNull(message = LuccaClient.SEND) @Valid LuccaClient client) {
        return describe(luccaClients.connect(authorized(id), client.clientId(), client.clientSecret()));
    }

    /** Back to reading with the API key alone (Lucca's legacy API). */
    @DELETE
    @Path("{id}/lucca-client")
    @Operation(operationId = "disconnectLuccaClient", summary = "Read with the API key alone again (Lucca's legacy API)")
    @APIResponseSchema(value = TenantDescription.class, responseCode = "200",
            responseDescription = "The tenant, reading with its API key")
    @APIResponse(responseCode = "400", ref = "Invalid")
    public TenantDescription disconnectLuccaClient(@PathParam("id") String id) {
        return describe(luccaClients.disconnect(authorized(id)));
    }

    /** Gives the tenant this Lucca API key (checked with Lucca first) for write-back and administrators' permissions. */
    @PUT
    @Path("{id}/lucca-key")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "useLuccaKey", summary = "Give the tenant this Lucca API key, checked with Lucca first")
    public TenantDescription useLuccaKey(@PathParam("id") String id,
                                         @NotNull(message = LuccaKey.SEND) @Valid LuccaKey key) {
        return describe(setup.useApiKey(authorized(id), key.apiKey()));
    }

    /** Removes the tenant's API key; only a tenant with an OAuth client may do without one. */
    @DELETE
    @Path("{id}/lucca-key")
    // Without a key Lucca vouches for no one: the administrator removing it would lock themselves out.
    @OperatorsOnly("Only operators remove a tenant's API key: without it, only operators manage the tenant")
    @Operation(operationId = "removeLuccaKey", summary = "Remove the API key of a tenant that has an OAuth client "
            + "(operators only)")
    @APIResponseSchema(value = TenantDescription.class, responseCode = "200",
            responseDescription = "The tenant, reaching Lucca with its OAuth client alone")
    @APIResponse(responseCode = "400", ref = "Invalid")
    public TenantDescription removeLuccaKey(@PathParam("id") String id) {
        return describe(setup.useApiKey(authorized(id), null));
    }

    /**
     * Releases the Lucca user an account was confirmed as on this tenant (operators only), e.g. once Lucca gave the
     * person a new user: the account's next visit confirms it by mail again.
     */
    @DELETE
    @Path("{id}/administrators")
    @OperatorsOnly("Only operators release the Lucca user an administrator was confirmed as")
    @Operation(operationId = "releaseAdministrator", summary = "Operators only: forget which Lucca user the account was "
            + "confirmed as on this tenant (e.g. once Lucca gave the person a new user); its next visit confirms it by "
            + "mail again")
    @APIResponse(responseCode = "204", description = "Released")
    public Response releaseAdministrator(
            @PathParam("id") String id,
            @Parameter(description = "The administration account's mail", required = true)
            @QueryParam("mail") @NotBlank(message = "Name the account: ?mail=...") String mail) {
        Tenant tenant = authorized(id);
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
    @Operation(operationId = "rotateToken", summary = "A new SCIM token, shown once; the previous one works until the "
            + "grace period ends")
    public TenantDescription rotateToken(@PathParam("id") String id,
                                         @NotNull(message = Rotation.SEND) @Valid Rotation rotation) {
        Tenant tenant = authorized(id);
        String token = settings.rotateToken(tenant, Duration.ofMinutes(rotation.graceMinutes()));
        return TenantDescription.rotated(tenant, scimBaseUrl(), token);
    }

    @POST
    @Path("{id}/disable")
    @Operation(operationId = "disableTenant", summary = "Refuse the tenant's token (401 to Okta) until it is enabled again")
    public TenantDescription disable(@PathParam("id") String id) {
        return describe(settings.enable(authorized(id), false));
    }

    @POST
    @Path("{id}/enable")
    @Operation(operationId = "enableTenant", summary = "Serve Okta again")
    public TenantDescription enable(@PathParam("id") String id) {
        return describe(settings.enable(authorized(id), true));
    }

    @DELETE
    @Path("{id}/snapshot")
    @Operation(operationId = "discardSnapshot", summary = "Forget the cached view of Lucca, so that Okta's next read "
            + "takes Lucca as it is now")
    @APIResponse(responseCode = "204", description = "Forgotten")
    public Response discardSnapshot(@PathParam("id") String id) {
        settings.discardSnapshot(authorized(id));
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteTenant", summary = "Remove the tenant, its settings and its cached view of Lucca")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response delete(@PathParam("id") String id) {
        settings.delete(authorized(id));
        return Response.noContent().build();
    }

    /** The tenant, which {@link AdminAccess} found and let the caller manage before the body was read. */
    private Tenant authorized(String id) {
        return authorizedTenant.of(id);
    }

    private TenantDescription describe(Tenant tenant) {
        return TenantDescription.of(tenant, scimBaseUrl());
    }

    /** The SCIM API's base URL beside this API's, as Okta is to be given it. */
    private URI scimBaseUrl() {
        return uri.getBaseUriBuilder().replacePath(uri.getBaseUri().getPath().replaceAll("admin/api/?$", "api")).build();
    }
}
