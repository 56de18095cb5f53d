package dev.luccaokta.admin;

import dev.luccaokta.tenant.AdminAccount;
import dev.luccaokta.web.LogLine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * Signs people in to the administration API with their mail and password, sent as HTTP Basic over the
 * deployment's TLS, on the API's paths only: SCIM authenticates its own bearer tokens, and the page and probes
 * need nobody. Unlike the container's Basic mechanism it answers a header it cannot read with a 401 problem,
 * not a 500, and it throttles guessing ({@link SignInThrottle}): an address or account past its failures is
 * answered 429 with {@code Retry-After} before its password is even checked, and a check under way already counts
 * as a failure until it succeeds.
 */
@ApplicationScoped
public class AdminSignIn implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(AdminSignIn.class.getName());

    static final String CHALLENGE = "Basic realm=\"Lucca for Okta\", charset=\"UTF-8\"";

    @Inject
    AdminAuthentication authentication;

    @Inject
    Clock clock;

    @Inject
    Config config;

    private Set<String> proxies;
    private SignInThrottle throttle;

    /** The settings of the throttle, read together; see the README's configuration table. */
    @PostConstruct
    void start() {
        proxies = config.getOptionalValues("admin.trustedProxies", String.class).orElse(List.of()).stream()
                .map(String::strip).filter(proxy -> !proxy.isEmpty()).collect(Collectors.toSet());
        throttle = new SignInThrottle(clock,
                Duration.ofSeconds(config.getOptionalValue("admin.signInFailureWindowSeconds", Long.class).orElse(900L)),
                config.getOptionalValue("admin.signInFailuresPerAddress", Integer.class).orElse(10),
                config.getOptionalValue("admin.signInFailuresPerAccount", Integer.class).orElse(30));
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (!context.isProtected()) {
            return context.doNothing();
        }
        Optional<BasicCredentials> credentials;
        try {
            credentials = BasicCredentials.of(request.getHeader("Authorization"));
        } catch (BasicCredentials.Malformed e) {
            return refuse(response, 401, "Not signed in", e.getMessage() + ": sign in with your mail and password");
        }
        if (credentials.isEmpty()) {
            return refuse(response, 401, "Not signed in", "Sign in with your mail and password (HTTP Basic)");
        }
        String mail = AdminAccount.normalise(credentials.get().mail());
        String address = ClientAddress.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), proxies);
        SignInThrottle.Attempt attempt = throttle.attempt(mail, address);
        Optional<Duration> wait = attempt.refusal();
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            LOG.info(LogLine.of("sign-in-refused", "address", address, "reason", "throttled"));
            response.setHeader("Retry-After", Long.toString(seconds));
            return refuse(response, 429, "Too many failed sign-ins",
                    "Too many wrong passwords: try again in " + seconds + " s");
        }
        CredentialValidationResult result = authentication.validate(mail, credentials.get().password());
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // The address only: what was typed as a mail may be a password typed in the wrong field.
            LOG.info(LogLine.of("sign-in-refused", "address", address, "reason", "wrong-password"));
            return refuse(response, 401, "Not signed in", "Wrong mail or password");
        }
        attempt.succeeded();
        return context.notifyContainerAboutLogin(result);
    }

    /** The refusal as a problem, written here: the container's own error page would be HTML. */
    private static AuthenticationStatus refuse(HttpServletResponse response, int status, String title, String detail) {
        JsonObject problem = AdminProblem.json(status, title, detail);
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", CHALLENGE);
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
