package dev.luccaokta.sandbox.auth;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OAuthClientRegistryTest {
    private static final String ALL = "sbx-client-all";

    private final OAuthClientRegistry registry =
            new OAuthClientRegistry(Clock.fixed(Instant.parse("2025-03-14T09:00:00Z"), ZoneOffset.UTC));

    @Test
    void aRestrictedClientSeesOnlyThoseEstablishmentsUntilRestored() {
        OAuthClient restricted = registry.restrict(ALL, Set.of(1)).orElseThrow();

        assertThat(restricted.establishmentIds()).containsExactly(1);
        assertThat(restricted.sees(1)).isTrue();
        assertThat(restricted.sees(2)).isFalse();
        assertThat(authenticate(ALL).establishmentIds()).containsExactly(1);
        registry.restore();
        assertThat(authenticate(ALL).establishmentIds()).isEmpty();
    }

    @Test
    void aTokenIssuedBeforeARestrictionFollowsItAndKeepsItsScopes() {
        AccessToken token = registry.issue(authenticate(ALL), Set.of(Scopes.EMPLOYEES));

        registry.restrict(ALL, Set.of(1));
        AccessToken now = registry.find(token.value()).orElseThrow();

        assertThat(now.client().sees(2)).isFalse();
        assertThat(now.scopes()).containsExactly(Scopes.EMPLOYEES);
        assertThat(now.expiresAt()).isEqualTo(token.expiresAt());
        assertThat(registry.restrict(ALL, Set.of()).orElseThrow().sees(2)).isTrue();
        assertThat(registry.find(token.value()).orElseThrow().client().sees(2)).isTrue();
    }

    @Test
    void scopesAndEstablishmentsChangeIndependently() {
        registry.restrict(ALL, Set.of(2));
        OAuthClient both = registry.grant(ALL, Set.of(Scopes.EMPLOYEES)).orElseThrow();

        assertThat(both.scopes()).containsExactly(Scopes.EMPLOYEES);
        assertThat(both.establishmentIds()).containsExactly(2);
        assertThat(registry.restrict(ALL, Set.of()).orElseThrow().scopes()).containsExactly(Scopes.EMPLOYEES);
    }

    @Test
    void anUnknownClientIsNotChanged() {
        assertThat(registry.restrict("sbx-client-nobody", Set.of(1))).isEmpty();
        assertThat(registry.grant("sbx-client-nobody", Set.of(Scopes.EMPLOYEES))).isEmpty();
    }

    private OAuthClient authenticate(String clientId) {
        return registry.authenticate(clientId, clientId + "-secret").orElseThrow();
    }
}
