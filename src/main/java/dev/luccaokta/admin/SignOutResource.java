package dev.luccaokta.admin;

import dev.luccaokta.web.LogLine;
import dev.luccaokta.web.RequestId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /admin/api/sign-out}: ends the session the request signed in with, on the server (every instance of a
 * cluster) and in the browser, whose cookie is cleared. A caller signed in with HTTP Basic has no session to end.
 */
@Path("sign-out")
@RequestScoped
public class SignOutResource {

    private static final Logger LOG = Logger.getLogger(SignOutResource.class.getName());

    @Inject
    AdminSessions sessions;

    @Inject
    TrustedProxies proxies;

    @Inject
    SecurityContext security;

    @Inject
    RequestId requestId;

    @Inject
    HttpServletRequest request;

    @POST
    @Tag(name = "sign-in")
    @Operation(operationId = "signOut", summary = "End the caller's session, on the server and in the browser")
    @Parameter(ref = "Csrf", name = CsrfGuard.HEADER, in = ParameterIn.HEADER)
    @APIResponse(responseCode = "204", description = "Signed out; the session's cookie is cleared",
            headers = @Header(name = "Set-Cookie", description = "lucca-okta-session, emptied, Max-Age=0",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "Invalid")
    @APIResponse(responseCode = "401", ref = "SignInRequired")
    @APIResponse(responseCode = "403", ref = "NotAllowed")
    public Response signOut() {
        String session = AdminSessions.sessionOf(request).orElseThrow(() -> AdminProblem.badRequest(
                "This request signed in with HTTP Basic, which has no session to end"));
        sessions.end(session);
        LOG.info(LogLine.of("admin-signed-out", "id", requestId.value(),
                "account", security.getCallerPrincipal().getName()));
        String cookie = SessionCookie.ending(request.getContextPath(), proxies.overHttps(request));
        return Response.noContent().header(HttpHeaders.SET_COOKIE, cookie).build();
    }
}
