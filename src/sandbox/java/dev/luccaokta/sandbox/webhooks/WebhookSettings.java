package dev.luccaokta.sandbox.webhooks;

import org.eclipse.microprofile.config.Config;

import java.util.Set;

/**
 * The webhook settings, read from MicroProfile Config ({@code sandbox.webhooks.*}). Bad values stop the deployment
 * with a message naming the property.
 *
 * <pre>{@code
 * WebhookSettings settings = WebhookSettings.from(ConfigProvider.getConfig());
 * settings.retrySchedule().maxAttempts();   // 6 by default
 * }</pre>
 *
 * @param allowPlainHttp       whether a {@code webhookUrl} may be {@code http://} (Lucca demands https)
 * @param challengeParameter   the activation challenge's query parameter, {@code echo} or {@code challenge}
 * @param responsePolicy       which of Lucca's two response-code tables applies
 * @param suspendAfterFailures failed attempts in a row after which an endpoint is suspended
 * @param retentionDays        how long events are kept
 */
public record WebhookSettings(boolean allowPlainHttp, String challengeParameter, ResponsePolicy responsePolicy,
                              RetrySchedule retrySchedule, int suspendAfterFailures, int retentionDays) {
    public static final Set<String> CHALLENGE_PARAMETERS = Set.of("echo", "challenge");
    static final String PREFIX = "sandbox.webhooks.";

    public WebhookSettings {
        require(CHALLENGE_PARAMETERS.contains(challengeParameter), "challengeParameter", "echo or challenge");
        require(suspendAfterFailures >= 1 && suspendAfterFailures <= 1_000_000, "suspendAfterFailures",
                "between 1 and 1000000");
        require(retentionDays >= 1 && retentionDays <= 3650, "retentionDays", "between 1 and 3650");
    }

    public static WebhookSettings from(Config config) {
        try {
            return new WebhookSettings(
                    Boolean.parseBoolean(text(config, "allowPlainHttp", "false")),
                    text(config, "challengeParameter", "echo"),
                    ResponsePolicy.fromCode(text(config, "responsePolicy", "newer")).orElseThrow(
                            () -> new IllegalStateException(PREFIX + "responsePolicy must be newer or older")),
                    RetrySchedule.parse(text(config, "retryDelays", RetrySchedule.DEFAULT)),
                    Integer.parseInt(text(config, "suspendAfterFailures", "20")),
                    Integer.parseInt(text(config, "retentionDays", "60")));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Invalid " + PREFIX + "* setting: " + e.getMessage(), e);
        }
    }

    private static String text(Config config, String name, String fallback) {
        return config.getOptionalValue(PREFIX + name, String.class).map(String::trim).orElse(fallback);
    }

    private static void require(boolean condition, String name, String rule) {
        if (!condition) {
            throw new IllegalStateException(PREFIX + name + " must be " + rule);
        }
    }
}
