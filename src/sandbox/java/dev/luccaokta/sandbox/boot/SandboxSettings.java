package dev.luccaokta.sandbox.boot;

import dev.luccaokta.sandbox.generator.DatasetGenerator;
import org.eclipse.microprofile.config.Config;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * The sandbox's configuration, read from MicroProfile Config (system properties such as
 * {@code -Dsandbox.employees=50000}): data set size, seed and reference "today", and the default rate limit and
 * timeout. Bad values stop the deployment with a message naming the property.
 */
public record SandboxSettings(int employees, long seed, LocalDate today, int rateLimitPerMinute, int timeoutMillis) {
    static final String EMPLOYEES = "sandbox.employees";
    static final String SEED = "sandbox.seed";
    static final String TODAY = "sandbox.today";
    static final String RATE_LIMIT = "sandbox.rateLimitPerMinute";
    static final String TIMEOUT = "sandbox.timeoutMillis";

    public SandboxSettings {
        require(employees >= 1 && employees <= DatasetGenerator.MAX_EMPLOYEES, EMPLOYEES,
                "between 1 and " + DatasetGenerator.MAX_EMPLOYEES);
        require(rateLimitPerMinute >= 1 && rateLimitPerMinute <= 1_000_000, RATE_LIMIT, "between 1 and 1000000");
        require(timeoutMillis >= 1 && timeoutMillis <= 600_000, TIMEOUT, "between 1 and 600000");
    }

    /** @param clock gives the default "today" when {@code sandbox.today} is not set */
    static SandboxSettings from(Config config, Clock clock) {
        return new SandboxSettings(
                integer(config, EMPLOYEES, 500),
                config.getOptionalValue(SEED, String.class).map(value -> parse(SEED, value, Long::parseLong))
                        .orElse(42L),
                config.getOptionalValue(TODAY, String.class).map(value -> parse(TODAY, value, LocalDate::parse))
                        .orElseGet(() -> LocalDate.now(clock)),
                integer(config, RATE_LIMIT, 50),
                integer(config, TIMEOUT, 5000));
    }

    private static int integer(Config config, String name, int fallback) {
        return config.getOptionalValue(name, String.class).map(value -> parse(name, value, Integer::parseInt))
                .orElse(fallback);
    }

    private static <T> T parse(String name, String value, Function<String, T> parser) {
        try {
            return parser.apply(value.trim());
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalStateException("Invalid value '" + value + "' for " + name, e);
        }
    }

    private static void require(boolean condition, String name, String rule) {
        if (!condition) {
            throw new IllegalStateException(name + " must be " + rule);
        }
    }
}
