package dev.luccaokta.admin;

import dev.luccaokta.tenant.AdminAccount;
import dev.luccaokta.web.LogLine;
import dev.luccaokta.web.RequestId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /admin/api/sign-in}: the administration page's sign-in. The mail and password, checked and throttled
 * as HTTP Basic is ({@link PasswordSignIn}), open a session ({@link AdminSessions}) whose id comes back in a cookie
 * ({@link SessionCookie}) and nowhere else, so that the page forgets the password at once. Open to anyone (web.xml);
 * like every change it needs {@code X-Requested-With} ({@link CsrfGuard}), so that no other site signs a browser in.
 */
@Path("sign-in")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SignInResource {

    private static final Logger LOG = Logger.getLogger(SignInResource.class.getName());

    /** The longest mail an account can have, and the longest password one can be given ({@link AdminAccounts}). */
    private static final int LONGEST_MAIL = 254;
    private static final int LONGEST_PASSWORD = 1000;

    public record Credentials(String mail, String password) {
        @Override
        public String toString() {
            // The password stays out of log lines.
            return "Credentials[" + mail + "]";
        }
    }

    /** Who signed in, as {@code GET /me} answers it. */
    public record SignedIn(String mail, boolean operator) {
    }

    @Inject
    PasswordSignIn passwords;

    @Inject
    RequestId requestId;

    @Inject
    AdminSessions sessions;

    @Inject
    TrustedProxies proxies;

    @Inject
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "sign-in")
    @Operation(operationId = "signIn",
            summary = "Open a session with a mail and password (the administration page's sign-in)")
    @Parameter(ref = "Csrf", name = CsrfGuard.HEADER, in = ParameterIn.HEADER)
    @APIResponse(responseCode = "200", description = "Signed in; the session's cookie is set",
            headers = @Header(name = "Set-Cookie", schema = @Schema(type = SchemaType.STRING),
                    description = "lucca-okta-session, HttpOnly, SameSite=Strict, on the administration API's path, "
                            + "Secure over https"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Me")))
    @APIResponse(responseCode = "400", ref = "Invalid")
    @APIResponse(responseCode = "401", ref = "SignInRequired")
    @APIResponse(responseCode = "403", ref = "NotAllowed")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "429", ref = "TooManySignIns")
    public Response signIn(Credentials credentials) {
        AdminProblem.require(credentials != null && credentials.mail() != null && !credentials.mail().isBlank()
                && credentials.password() != null && !credentials.password().isEmpty(), "Send your mail and password");
        AdminProblem.require(credentials.mail().length() <= LONGEST_MAIL
                && credentials.password().length() <= LONGEST_PASSWORD,
                "A mail has at most " + LONGEST_MAIL + " characters, a password at most " + LONGEST_PASSWORD);
        String address = proxies.clientAddress(request);
        AdminAccount account;
        try {
            account = passwords.signIn(credentials.mail(), credentials.password().toCharArray(), address);
        } catch (PasswordSignIn.Refused refused) {
            Response.ResponseBuilder answer = Response.fromResponse(
                    AdminErrorMapper.problem(refused.status(), refused.title(), refused.getMessage()));
            if (refused.status() == 401) {
                answer.header(HttpHeaders.WWW_AUTHENTICATE, AdminSignIn.SESSION_CHALLENGE);
            }
            refused.retryAfterSeconds().ifPresent(seconds -> answer.header(HttpHeaders.RETRY_AFTER, seconds));
            return answer.build();
        }
        // A session the browser held until now (another account's, say) ends: one browser, one session.
        SessionCookie.of(request).ifPresent(sessions::end);
        String session = sessions.open(account);
        LOG.info(LogLine.of("admin-signed-in", "id", requestId.value(), "account", account.getMail(),
                "address", address));
        String cookie = SessionCookie.opening(session, request.getContextPath(), proxies.overHttps(request));
        return Response.ok(new SignedIn(account.getMail(), account.isOperator()))
                .header(HttpHeaders.SET_COOKIE, cookie).build();
    }
}
