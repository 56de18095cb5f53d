package dev.luccaokta.oktasandbox.boot;

import dev.luccaokta.oktasandbox.auth.ApiAuthenticator;
import dev.luccaokta.oktasandbox.auth.ClientAssertions;
import dev.luccaokta.oktasandbox.auth.Credentials;
import dev.luccaokta.oktasandbox.auth.DpopNonces;
import dev.luccaokta.oktasandbox.auth.DpopProofs;
import dev.luccaokta.oktasandbox.auth.ReplayGuard;
import dev.luccaokta.oktasandbox.auth.TokenIssuer;
import dev.luccaokta.oktasandbox.directory.Directory;
import dev.luccaokta.oktasandbox.directory.IdentitySources;
import dev.luccaokta.oktasandbox.emulator.CurrentSettings;
import dev.luccaokta.oktasandbox.emulator.EmulatorState;
import dev.luccaokta.oktasandbox.emulator.Faults;
import dev.luccaokta.oktasandbox.emulator.OrgDefaults;
import dev.luccaokta.oktasandbox.emulator.RequestLog;
import dev.luccaokta.oktasandbox.sessions.ImportSessions;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/** Produces the emulator's services; triggered sessions are processed on the server's managed scheduled executor. */
@ApplicationScoped
public class OktaSandboxServices {
    private static final Logger LOG = Logger.getLogger(OktaSandboxServices.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    OrgDefaults defaults() {
        return OrgDefaults.from(ConfigProvider.getConfig());
    }

    @Produces
    @Singleton
    CurrentSettings settings(OrgDefaults defaults) {
        return new CurrentSettings(defaults.settings());
    }

    @Produces
    @Singleton
    Credentials credentials(Clock clock) {
        return new Credentials(clock);
    }

    @Produces
    @Singleton
    DpopProofs proofs(Clock clock) {
        return new DpopProofs(clock, new ReplayGuard(clock));
    }

    @Produces
    @Singleton
    DpopNonces nonces(Clock clock) {
        return new DpopNonces(clock);
    }

    @Produces
    @Singleton
    TokenIssuer tokenIssuer(Clock clock, Credentials credentials, DpopProofs proofs, DpopNonces nonces,
                            CurrentSettings settings) {
        return new TokenIssuer(credentials, new ClientAssertions(clock), new ReplayGuard(clock), proofs, nonces,
                () -> settings.get().tokenLifetime());
    }

    @Produces
    @Singleton
    ApiAuthenticator authenticator(Credentials credentials, DpopProofs proofs) {
        return new ApiAuthenticator(credentials, proofs);
    }

    @Produces
    @Singleton
    Directory directory(Clock clock) {
        return new Directory(clock);
    }

    @Produces
    @Singleton
    ImportSessions sessions(Clock clock, Directory directory, CurrentSettings settings) {
        return new ImportSessions(clock, directory, () -> settings.get().sessionRules(),
                (task, delay) -> executor.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Produces
    @Singleton
    EmulatorState state(OrgDefaults defaults, IdentitySources sources, Credentials credentials, Directory directory,
                        ImportSessions sessions, Faults faults, RequestLog log, CurrentSettings settings) {
        return new EmulatorState(defaults, sources, credentials, directory, sessions, faults, log, settings);
    }

    /** Reads the defaults and sets the org up at deployment, so that a bad setting fails the deployment. */
    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started, EmulatorState state) {
        LOG.info(() -> "Okta sandbox ready with identity source " + state.defaultSourceId());
    }
}
