package dev.luccaokta.admin;

import dev.luccaokta.tenant.AdminAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Signs requests in to the administration API, on the API's paths only (SCIM authenticates its own bearer tokens,
 * and the page and probes need nobody): with the mail and password of HTTP Basic, sent over the deployment's TLS
 * by scripts ({@link PasswordSignIn}, throttled), or with the session cookie the page got from
 * {@link SignInResource} ({@link AdminSessions}). A request with an {@code Authorization} header is judged by it
 * alone. Unlike the container's Basic mechanism it answers a header it cannot read with a 401 problem, not a 500.
 * The Basic challenge goes to callers that may answer it; a request carrying a session or
 * {@code X-Requested-With} (a page's script) gets one no browser answers with its own sign-in dialog.
 */
@ApplicationScoped
public class AdminSignIn implements HttpAuthenticationMechanism {

    static final String CHALLENGE = "Basic realm=\"Lucca for Okta\", charset=\"UTF-8\"";
    static final String SESSION_CHALLENGE = "Session realm=\"Lucca for Okta\"";
    private static final String EVENT_STREAM = "text/event-stream";

    @Inject
    PasswordSignIn passwords;

    @Inject
    AdminSessions sessions;

    @Inject
    TrustedProxies proxies;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (!context.isProtected()) {
            return context.doNothing();
        }
        String authorization = request.getHeader("Authorization");
        Optional<String> session = SessionCookie.of(request);
        if (authorization == null && session.isPresent()) {
            return resume(session.get(), request, response, context);
        }
        String challenge = authorization == null && request.getHeader(CsrfGuard.HEADER) != null ? SESSION_CHALLENGE
                : CHALLENGE;
        Optional<BasicCredentials> credentials;
        try {
            credentials = BasicCredentials.of(authorization);
        } catch (BasicCredentials.Malformed e) {
            return refuse(response, 401, "Not signed in", e.getMessage() + ": sign in with your mail and password",
                    challenge);
        }
        if (credentials.isEmpty()) {
            return refuse(response, 401, "Not signed in", "Sign in with your mail and password (HTTP Basic)", challenge);
        }
        try {
            AdminAccount account = passwords.signIn(credentials.get().mail(), credentials.get().password(),
                    proxies.clientAddress(request));
            return context.notifyContainerAboutLogin(AdminAuthentication.signedIn(account));
        } catch (PasswordSignIn.Refused refused) {
            refused.retryAfterSeconds().ifPresent(seconds -> response.setHeader("Retry-After", seconds.toString()));
            return refuse(response, refused.status(), refused.title(), refused.getMessage(), challenge);
        }
    }

    /**
     * A session that ended is forgotten by the browser too. The live status's streams, which the browser reopens by
     * itself, are no sign of someone at the page: they do not keep the session from ending idle.
     */
    private AuthenticationStatus resume(String session, HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context) {
        boolean use = !String.valueOf(request.getHeader("Accept")).startsWith(EVENT_STREAM);
        Optional<AdminAccount> account;
        try {
            account = sessions.resume(session, use);
        } catch (AdminProblem unavailable) {
            return refuse(response, unavailable.status(), unavailable.title(), unavailable.getMessage(),
                    SESSION_CHALLENGE);
        }
        if (account.isEmpty()) {
            response.addHeader("Set-Cookie", SessionCookie.ending(request.getContextPath(), proxies.overHttps(request)));
            return refuse(response, 401, "Not signed in", "Your session has ended: sign in again", SESSION_CHALLENGE);
        }
        request.setAttribute(AdminSessions.REQUEST_ATTRIBUTE, session);
        return context.notifyContainerAboutLogin(AdminAuthentication.signedIn(account.get()));
    }

    /** The refusal as a problem, written here: the container's own error page would be HTML. */
    private static AuthenticationStatus refuse(HttpServletResponse response, int status, String title, String detail,
                                               String challenge) {
        JsonObject problem = AdminProblem.json(status, title, detail);
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", challenge);
        }
        // Answered before the servlet filters, so without the headers they add to every answer.
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            response.getWriter().write(problem.toString());
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
