package dev.luccaokta.tenant;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The key that seals stored secrets, from MicroProfile Config: {@code connector.secretKey}, base64 of 16, 24 or
 * 32 random bytes (environment variable {@code CONNECTOR_SECRETKEY}). Without one the connector refuses to
 * start, unless {@code connector.demoMode} is true: a demo then seals with a key made up for the run, fine for
 * its database that starts empty at every boot.
 */
final class SecretKeys {

    private static final Logger LOG = Logger.getLogger(SecretKeys.class.getName());

    private static volatile SecretBox box;

    private SecretKeys() {
    }

    /** The configured box, made on first use (JPA converters are not CDI beans everywhere). */
    static SecretBox box() {
        SecretBox made = box;
        if (made == null) {
            synchronized (SecretKeys.class) {
                made = box;
                if (made == null) {
                    Config config = ConfigProvider.getConfig();
                    made = load(config.getOptionalValue("connector.secretKey", String.class),
                            config.getOptionalValue("connector.demoMode", Boolean.class).orElse(false));
                    box = made;
                }
            }
        }
        return made;
    }

    static SecretBox load(Optional<String> secretKey, boolean demoMode) {
        Optional<String> configured = secretKey.filter(k -> !k.isBlank());
        if (configured.isPresent()) {
            try {
                return SecretBox.of(Base64.getDecoder().decode(configured.get().trim()));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("connector.secretKey must be base64 of 16, 24 or 32 random bytes "
                        + "(openssl rand -base64 32)", e);
            }
        }
        if (!demoMode) {
            throw new IllegalStateException("Set connector.secretKey (environment variable CONNECTOR_SECRETKEY) to "
                    + "base64 of 32 random bytes (openssl rand -base64 32): it seals the Lucca API keys in the database");
        }
        LOG.warning("Demo mode: stored Lucca API keys are sealed with a key made up for this run");
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return SecretBox.of(key);
    }
}
