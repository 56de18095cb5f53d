package dev.luccaokta.oktasandbox.emulator;

import com.nimbusds.jose.jwk.JWK;
import dev.luccaokta.oktasandbox.auth.ServiceApp;
import dev.luccaokta.oktasandbox.directory.IdentitySource;
import java.text.ParseException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * What the org holds when it boots and after each reset, from MicroProfile Config (the WAR's
 * {@code microprofile-config.properties}, overridden by system properties): one identity source, one API token, one
 * service app, and the settings. A bad value stops the deployment with a message naming the property.
 */
public record OrgDefaults(IdentitySource source, Optional<String> apiToken, Optional<ServiceApp> serviceApp,
                          EmulatorSettings settings) {
    static final String PREFIX = "oktaSandbox.";

    public static OrgDefaults from(Config config) {
        IdentitySource source = new IdentitySource(text(config, "identitySource.id").orElse("0oaSandboxSource0001"),
                flag(config, "identitySource.identitySourceApps"), flag(config, "identitySource.individualEntities"));
        Optional<ServiceApp> app = text(config, "serviceApp.clientId").map(clientId -> new ServiceApp(clientId,
                publicKey(text(config, "serviceApp.publicJwk").orElseThrow(() -> invalid("serviceApp.publicJwk", "is required"))),
                new LinkedHashSet<>(Arrays.asList(text(config, "serviceApp.scopes").orElse("").trim().split("\\s+"))),
                flag(config, "serviceApp.requireDpop")));
        EmulatorSettings settings;
        try {
            settings = new EmulatorSettings(Duration.ofMillis(number(config, "processingDelayMillis", 2000)),
                    Duration.ofSeconds(number(config, "sessionWindowSeconds", 300)),
                    (int) number(config, "createStatus", 201),
                    Duration.ofSeconds(number(config, "tokenLifetimeSeconds", 3600)));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Invalid " + PREFIX + " setting: " + e.getMessage(), e);
        }
        return new OrgDefaults(source, text(config, "apiToken"), app, settings);
    }

    private static JWK publicKey(String json) {
        try {
            return JWK.parse(json).toPublicJWK();
        } catch (ParseException e) {
            throw invalid("serviceApp.publicJwk", "must be a JWK");
        }
    }

    private static Optional<String> text(Config config, String name) {
        return config.getOptionalValue(PREFIX + name, String.class).filter(value -> !value.isBlank());
    }

    private static boolean flag(Config config, String name) {
        return text(config, name).map(value -> Boolean.parseBoolean(value.trim())).orElse(true);
    }

    private static long number(Config config, String name, long fallback) {
        String value = text(config, name).orElse(Long.toString(fallback)).trim();
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw invalid(name, "must be a whole number, not '" + value + "'");
        }
    }

    private static IllegalStateException invalid(String name, String rule) {
        return new IllegalStateException(PREFIX + name + " " + rule);
    }
}
