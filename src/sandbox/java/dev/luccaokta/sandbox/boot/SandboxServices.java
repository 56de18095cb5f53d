package dev.luccaokta.sandbox.boot;

import dev.luccaokta.sandbox.auth.ApiKeyRegistry;
import dev.luccaokta.sandbox.auth.OAuthClientRegistry;
import dev.luccaokta.sandbox.data.Dataset;
import dev.luccaokta.sandbox.data.EmployeeDirectory;
import dev.luccaokta.sandbox.generator.DatasetGenerator;
import dev.luccaokta.sandbox.traffic.ApiGate;
import dev.luccaokta.sandbox.traffic.Deprecations;
import dev.luccaokta.sandbox.traffic.FaultSettings;
import dev.luccaokta.sandbox.traffic.Faults;
import dev.luccaokta.sandbox.traffic.RateLimiter;
import dev.luccaokta.sandbox.traffic.RequestLog;
import dev.luccaokta.sandbox.webhooks.DeliveryFaults;
import dev.luccaokta.sandbox.webhooks.EventStore;
import dev.luccaokta.sandbox.webhooks.WebhookClient;
import dev.luccaokta.sandbox.webhooks.WebhookEndpoints;
import dev.luccaokta.sandbox.webhooks.WebhookFaults;
import dev.luccaokta.sandbox.webhooks.WebhookSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Produces the sandbox's application-wide services, one instance each, and builds the data set as soon as the
 * application starts.
 */
@ApplicationScoped
public class SandboxServices {
    private static final Logger LOG = Logger.getLogger(SandboxServices.class.getName());

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Produces
    @Singleton
    SandboxSettings settings(Clock clock) {
        return SandboxSettings.from(ConfigProvider.getConfig(), clock);
    }

    @Produces
    @Singleton
    EmployeeDirectory directory(SandboxSettings settings) {
        long start = System.nanoTime();
        Dataset dataset = DatasetGenerator.generate(settings.employees(), settings.seed(), settings.today());
        LOG.info(() -> String.format("Generated %d employees (seed %d, today %s) in %d ms", settings.employees(),
                settings.seed(), settings.today(), (System.nanoTime() - start) / 1_000_000));
        return new EmployeeDirectory(dataset);
    }

    @Produces
    @Singleton
    ApiKeyRegistry apiKeys() {
        return new ApiKeyRegistry();
    }

    @Produces
    @Singleton
    OAuthClientRegistry oauthClients(Clock clock) {
        return new OAuthClientRegistry(clock);
    }

    @Produces
    @Singleton
    Faults faults(SandboxSettings settings) {
        return new Faults(FaultSettings.defaults(settings.rateLimitPerMinute(), settings.timeoutMillis()));
    }

    @Produces
    @Singleton
    RateLimiter rateLimiter() {
        return new RateLimiter(System::nanoTime);
    }

    @Produces
    @Singleton
    RequestLog requestLog() {
        return new RequestLog();
    }

    @Produces
    @Singleton
    Deprecations deprecations() {
        return new Deprecations();
    }

    @Produces
    @Singleton
    ApiGate gate(Faults faults, RateLimiter rateLimiter) {
        return new ApiGate(faults, rateLimiter);
    }

    @Produces
    @Singleton
    WebhookSettings webhookSettings() {
        return WebhookSettings.from(ConfigProvider.getConfig());
    }

    @Produces
    @Singleton
    WebhookEndpoints webhookEndpoints(Clock clock) {
        return new WebhookEndpoints(clock);
    }

    @Produces
    @Singleton
    EventStore events(Clock clock, WebhookSettings settings) {
        return new EventStore(clock, Duration.ofDays(settings.retentionDays()));
    }

    @Produces
    @Singleton
    WebhookFaults webhookFaults(WebhookSettings settings) {
        return new WebhookFaults(DeliveryFaults.of(settings));
    }

    @Produces
    @Singleton
    WebhookClient webhookClient() {
        return new WebhookClient();
    }

    /** Generates the data set at deployment rather than on the first request, which has a timeout to respect. */
    void generateAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started,
                           EmployeeDirectory directory) {
        LOG.fine(() -> "Sandbox ready with " + directory.snapshot().size() + " employees");
    }
}
