package dev.luccaokta.sandbox.boot;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxSettingsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-15T10:00:00Z"), ZoneOffset.UTC);

    private static SandboxSettings read(Map<String, String> values) {
        return SandboxSettings.from(new MapConfig(values), CLOCK);
    }

    @Test
    void defaultsToFiveHundredEmployeesSeed42TheCurrentDayAndLuccaLimits() {
        assertThat(read(Map.of())).isEqualTo(new SandboxSettings(500, 42, LocalDate.of(2025, 6, 15), 50, 5000));
    }

    @Test
    void readsEverySetting() {
        SandboxSettings settings = read(Map.of("sandbox.employees", "50000", "sandbox.seed", "-7",
                "sandbox.today", "2024-02-29", "sandbox.rateLimitPerMinute", "1000", "sandbox.timeoutMillis", " 250 "));

        assertThat(settings).isEqualTo(new SandboxSettings(50_000, -7, LocalDate.of(2024, 2, 29), 1000, 250));
    }

    @Test
    void refusesBadValuesNamingTheProperty() {
        assertThatThrownBy(() -> read(Map.of("sandbox.employees", "many")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sandbox.employees");
        assertThatThrownBy(() -> read(Map.of("sandbox.employees", "0")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sandbox.employees");
        assertThatThrownBy(() -> read(Map.of("sandbox.today", "2024-02-30")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sandbox.today");
        assertThatThrownBy(() -> read(Map.of("sandbox.rateLimitPerMinute", "0")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sandbox.rateLimitPerMinute");
        assertThatThrownBy(() -> read(Map.of("sandbox.timeoutMillis", "-1")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sandbox.timeoutMillis");
        assertThatThrownBy(() -> read(Map.of("sandbox.timeoutMillis", "600001")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("between 1 and 600000");
    }
}
