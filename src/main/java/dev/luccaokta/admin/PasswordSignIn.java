package dev.luccaokta.admin;

import dev.luccaokta.tenant.AdminAccount;
import dev.luccaokta.web.LogLine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Signs a person in with their mail and password, whether they came as HTTP Basic ({@link AdminSignIn}) or to open
 * a session ({@link SignInResource}), throttling guesses ({@link SignInThrottle}): an address or account past its
 * failures is refused with a wait before its password is even checked, and a check under way already counts as a
 * failure until it succeeds. Refusals are logged with the client's address only: what was typed as a mail may be a
 * password typed in the wrong field.
 *
 * <pre>{@code
 * AdminAccount account = passwords.signIn(mail, password, proxies.clientAddress(request));   // or Refused
 * }</pre>
 */
@ApplicationScoped
public class PasswordSignIn {

    private static final Logger LOG = Logger.getLogger(PasswordSignIn.class.getName());

    /** A sign-in refused: 401 for a wrong password, 429 with the seconds to wait once throttled. */
    public static final class Refused extends AdminProblem {
        private static final long serialVersionUID = 1L;

        private final Long retryAfterSeconds;

        Refused(int status, String title, String detail, Long retryAfterSeconds) {
            super(status, title, detail);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        /** The {@code Retry-After} of a throttled sign-in. */
        public Optional<Long> retryAfterSeconds() {
            return Optional.ofNullable(retryAfterSeconds);
        }
    }

    @Inject
    AdminAuthentication authentication;

    @Inject
    Clock clock;

    @Inject
    Config config;

    private SignInThrottle throttle;

    /** The settings of the throttle, read together; see the README's configuration table. */
    @PostConstruct
    void start() {
        throttle = new SignInThrottle(clock,
                Duration.ofSeconds(config.getOptionalValue("admin.signInFailureWindowSeconds", Long.class).orElse(900L)),
                config.getOptionalValue("admin.signInFailuresPerAddress", Integer.class).orElse(10),
                config.getOptionalValue("admin.signInFailuresPerAccount", Integer.class).orElse(30));
    }

    /** @throws Refused when throttled or the mail and password do not match an account */
    public AdminAccount signIn(String mail, char[] password, String address) {
        String account = AdminAccount.normalise(mail);
        SignInThrottle.Attempt attempt = throttle.attempt(account, address);
        Optional<Duration> wait = attempt.refusal();
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            LOG.info(LogLine.of("sign-in-refused", "address", address, "reason", "throttled"));
            throw new Refused(429, "Too many failed sign-ins",
                    "Too many wrong passwords: try again in " + seconds + " s", seconds);
        }
        Optional<AdminAccount> signedIn = authentication.validate(account, password);
        if (signedIn.isEmpty()) {
            LOG.info(LogLine.of("sign-in-refused", "address", address, "reason", "wrong-password"));
            throw new Refused(401, "Not signed in", "Wrong mail or password", null);
        }
        attempt.succeeded();
        return signedIn.get();
    }
}
