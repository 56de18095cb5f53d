package dev.luccaokta.sandbox.auth;

import dev.luccaokta.sandbox.data.Permission;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeyRegistryTest {
    private static final String FUTURE_KEY = "sbx-future-0002";

    @Test
    void createdKeysAreFoundUntilResetAndFixedKeysStay() {
        ApiKeyRegistry registry = new ApiKeyRegistry();
        ApiKey created = registry.create("Tester", Set.of());

        assertThat(created.id()).isEqualTo(5);
        assertThat(registry.find(created.key())).contains(created);
        registry.reset();
        assertThat(registry.find(created.key())).isEmpty();
        assertThat(registry.find("sbx-all-0003")).isPresent();
        assertThat(registry.create("Again", Set.of()).id()).isEqualTo(5);
    }

    @Test
    void aFixedKeyFoundAfterAChangeHasTheNewPermissionsUntilReset() {
        ApiKeyRegistry registry = new ApiKeyRegistry();

        ApiKey changed = registry.changePermissions(FUTURE_KEY, Set.of(Permission.USERS_READ)).orElseThrow();

        assertThat(changed.id()).isEqualTo(2);
        assertThat(changed.name()).isEqualTo("Okta read + future employees");
        assertThat(changed.permissions()).containsExactly(Permission.USERS_READ);
        assertThat(registry.find(FUTURE_KEY)).contains(changed);
        registry.reset();
        assertThat(registry.find(FUTURE_KEY).orElseThrow().permissions())
                .containsExactlyInAnyOrder(Permission.USERS_READ, Permission.USERS_READ_FUTURE);
    }

    @Test
    void aCreatedKeyKeepsItsSecretAndIdWhenItsPermissionsChange() {
        ApiKeyRegistry registry = new ApiKeyRegistry();
        ApiKey created = registry.create("Tester", Set.of(Permission.USERS_READ));

        ApiKey changed = registry.changePermissions(created.key(), Set.of()).orElseThrow();

        assertThat(changed).isEqualTo(new ApiKey(created.key(), created.id(), "Tester", Set.of()));
        assertThat(registry.find(created.key())).contains(changed);
    }

    @Test
    void anUnknownKeyIsNotChanged() {
        ApiKeyRegistry registry = new ApiKeyRegistry();

        assertThat(registry.changePermissions("sbx-nobody", Set.of(Permission.USERS_READ))).isEmpty();
        assertThat(registry.find("sbx-nobody")).isEmpty();
    }
}
