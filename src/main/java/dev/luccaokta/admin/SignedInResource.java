package dev.luccaokta.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /admin/api/me}: who is signed in, and whether as an operator; the page's sign-in check. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SignedInResource {

    @Inject
    SecurityContext security;

    @GET
    @Tag(name = "sign-in")
    @Operation(operationId = "me", summary = "Who is signed in, and whether as an operator")
    @APIResponse(responseCode = "200", description = "The signed-in account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Me")))
    @APIResponse(responseCode = "401", ref = "SignInRequired")
    public SignInResource.SignedIn me() {
        return new SignInResource.SignedIn(security.getCallerPrincipal().getName(),
                security.isCallerInRole(AdminAuthentication.OPERATOR));
    }
}
