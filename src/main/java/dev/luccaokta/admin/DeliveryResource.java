package dev.luccaokta.admin;

import dev.luccaokta.tenant.Tenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /admin/api/tenants/{id}/delivery}: whether Okta pulls the tenant's people over SCIM or the connector pushes
 * them to a Custom Identity Source of the tenant's Okta org, and a check of the push settings with Okta. The API token
 * and the private key are written, never read back.
 */
@Path("tenants/{id}/delivery")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "tenants")
public class DeliveryResource {

    @Inject
    SecurityContext security;

    @Inject
    AuthorizedTenant authorized;

    @Inject
    OktaDeliverySetup setup;

    @GET
    @Operation(operationId = "getDelivery", summary = "How the tenant's people reach Okta, and the Okta settings "
            + "(never the API token or the key, only whether one is stored)")
    public OktaDelivery.Settings get(@PathParam("id") String id) {
        return OktaDelivery.Settings.of(authorized.of(id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "configureDelivery", summary = "Pull over SCIM, or push to an Okta identity source with an "
            + "API token or a service app", description = "The org URL must be one the connector calls, the key a "
            + "private RSA or EC JWK with its kid. A secret left out keeps the stored one; going back to SCIM keeps "
            + "the Okta settings.")
    @APIResponseSchema(value = OktaDelivery.Settings.class, responseCode = "200", responseDescription = "The settings")
    @APIResponse(responseCode = "400", ref = "Invalid")
    public OktaDelivery.Settings configure(@PathParam("id") String id,
                                           @NotNull(message = OktaDelivery.Form.SEND) @Valid OktaDelivery.Form form) {
        Tenant tenant = authorized.of(id);
        return OktaDelivery.Settings.of(setup.configure(tenant, form, security.getCallerPrincipal().getName()));
    }

    @POST
    @Path("check")
    @Operation(operationId = "checkDelivery", summary = "Ask Okta, with the stored settings, whether the org has Identity "
            + "Source Apps and per-user calls and accepts the credentials; and say what to set in Okta")
    @APIResponseSchema(value = OktaDelivery.Check.class, responseCode = "200",
            responseDescription = "Okta's answers; a failure to reach Okta is one of them")
    @APIResponse(responseCode = "400", ref = "Invalid")
    public OktaDelivery.Check check(@PathParam("id") String id) {
        return setup.check(authorized.of(id));
    }
}
