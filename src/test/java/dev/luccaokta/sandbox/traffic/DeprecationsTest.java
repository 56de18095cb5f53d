package dev.luccaokta.sandbox.traffic;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeprecationsTest {
    private static final String SUNSET = "Wed, 30 Sep 2026 23:59:59 GMT";

    @Test
    void aRouteIsNamedAsTheRequestLogNamesItAndItsLatestAnnouncementHolds() {
        Deprecations deprecations = new Deprecations();

        deprecations.announce(new Deprecation("GET /api/v3/users/13", "@1767225600", null));
        deprecations.announce(new Deprecation(" GET /api/v3/users/{id} ", " @1767225600 ", SUNSET));
        deprecations.announce(new Deprecation("GET /api/v3/roles", "@1767225600", null));

        assertThat(deprecations.all()).containsExactly(
                new Deprecation("GET /api/v3/roles", "@1767225600", null),
                new Deprecation("GET /api/v3/users/{id}", "@1767225600", SUNSET));
        assertThat(deprecations.of(EndpointKey.of("GET", "/api/v3/users/42")).map(Deprecation::sunset)).contains(SUNSET);
        assertThat(deprecations.of(EndpointKey.of("PUT", "/api/v3/users/42"))).isEmpty();
        assertThat(deprecations.of(EndpointKey.of("GET", "/api/v3/users"))).isEmpty();
        deprecations.clear();
        assertThat(deprecations.all()).isEmpty();
    }

    @Test
    void refusesMissingMalformedAndOverlongValues() {
        assertThatThrownBy(() -> new Deprecation(null, "@1", null)).hasMessageContaining("route is required");
        assertThatThrownBy(() -> new Deprecation("/api/v3/users", "@1", null)).hasMessageContaining("method and a path");
        assertThatThrownBy(() -> new Deprecation("get /api/v3/users", "@1", null)).hasMessageContaining("method");
        assertThatThrownBy(() -> new Deprecation("GET /api/v3/users?paging=0,1", "@1", null)).hasMessageContaining("path");
        assertThatThrownBy(() -> new Deprecation("GET /" + "a".repeat(200), "@1", null))
                .hasMessageContaining("at most 200");
        assertThatThrownBy(() -> new Deprecation("GET /api/v3/users", " ", null)).hasMessageContaining("deprecation");
        assertThatThrownBy(() -> new Deprecation("GET /api/v3/users", "@1\r\nX-Injected: 1", null))
                .hasMessageContaining("printable ASCII");
        assertThatThrownBy(() -> new Deprecation("GET /api/v3/users", "@1", "x".repeat(1001)))
                .hasMessageContaining("sunset").hasMessageContaining("at most 1000");
        assertThat(new Deprecation("GET /api/v3/users", "@1", "x".repeat(1000)).sunset()).hasSize(1000);
    }
}
