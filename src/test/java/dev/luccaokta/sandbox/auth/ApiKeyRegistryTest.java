package dev.luccaokta.sandbox.auth;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeyRegistryTest {

    @Test
    void createdKeysAreFoundUntilRemovedAndFixedKeysStay() {
        ApiKeyRegistry registry = new ApiKeyRegistry();
        ApiKey created = registry.create("Tester", Set.of());

        assertThat(created.id()).isEqualTo(5);
        assertThat(registry.find(created.key())).contains(created);
        registry.removeCreated();
        assertThat(registry.find(created.key())).isEmpty();
        assertThat(registry.find("sbx-all-0003")).isPresent();
        assertThat(registry.create("Again", Set.of()).id()).isEqualTo(5);
    }
}
