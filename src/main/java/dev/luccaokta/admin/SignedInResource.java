package dev.luccaokta.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /admin/api/me}: who is signed in, and whether as an operator; the page's sign-in check. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SignedInResource {

    @Inject
    SecurityContext security;

    @GET
    public JsonObject me() {
        return Json.createObjectBuilder()
                .add("mail", security.getCallerPrincipal().getName())
                .add("operator", security.isCallerInRole(AdminAuthentication.OPERATOR))
                .build();
    }
}
