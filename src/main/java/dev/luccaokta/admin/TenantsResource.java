package dev.luccaokta.admin;

import dev.luccaokta.directory.TenantView;
import dev.luccaokta.tenant.Tenant;
import dev.luccaokta.tenant.TenantRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * {@code /admin/api/tenants}: operators create tenants (the setup's first step); the people Lucca lets
 * administer a tenant's integration read it. Secrets never leave: the API key not at all, the SCIM token only
 * in the answer that creates it.
 */
@Path("tenants")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class TenantsResource {

    /** The first step's form. */
    public record Setup(String name, String technicalAdminEmail, String luccaBaseUrl, String luccaApiKey) {
    }

    @Inject
    SecurityContext security;

    @Inject
    TenantSetup setup;

    @Inject
    TenantRepository tenants;

    @Inject
    IntegrationAdministrators administrators;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Setup form) {
        if (!security.isCallerInRole(AdminAuthentication.OPERATOR)) {
            throw AdminProblem.forbidden("Only operators create tenants");
        }
        if (form == null) {
            throw AdminProblem.badRequest("Send the company name, the technical administrator's e-mail, the Lucca base URL and API key");
        }
        TenantSetup.Created created = setup.create(form.name(), form.technicalAdminEmail(), form.luccaBaseUrl(), form.luccaApiKey());
        JsonObject body = Json.createObjectBuilder(describe(created.tenant()))
                .add("scimToken", created.scimToken())
                .add("luccaKeyName", String.valueOf(created.luccaKey().name()))
                .add("luccaKeyPermissions", Json.createArrayBuilder(created.luccaKey().permissions()))
                .build();
        return Response.created(uri.getAbsolutePathBuilder().path(created.tenant().getId()).build()).entity(body).build();
    }

    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("id") String id) {
        Tenant tenant = tenants.findById(id).orElseThrow(() -> AdminProblem.notFound("No tenant " + id));
        if (!security.isCallerInRole(AdminAuthentication.OPERATOR)) {
            administrators.require(security.getCallerPrincipal().getName(), TenantView.of(tenant).lucca());
        }
        return describe(tenant);
    }

    private JsonObject describe(Tenant tenant) {
        URI scimBase = uri.getBaseUriBuilder().replacePath(uri.getBaseUri().getPath().replaceAll("admin/api/?$", "api")).build();
        return Json.createObjectBuilder()
                .add("id", tenant.getId())
                .add("name", tenant.getName())
                .add("technicalAdminEmail", String.valueOf(tenant.getTechnicalAdminEmail()))
                .add("luccaBaseUrl", tenant.getLuccaBaseUrl())
                .add("scimBaseUrl", scimBase.toString())
                .build();
    }
}
