package dev.luccaokta.sandbox.traffic;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EndpointKeyTest {

    @Test
    void replacesNumericSegmentsOnly() {
        assertThat(EndpointKey.of("GET", "/api/v3/users/13")).isEqualTo("GET /api/v3/users/{id}");
        assertThat(EndpointKey.of("PUT", "/api/v3/users/13/")).isEqualTo("PUT /api/v3/users/{id}/");
        assertThat(EndpointKey.of("GET", "/api/v3/users")).isEqualTo("GET /api/v3/users");
        assertThat(EndpointKey.of("GET", "/api/v3/roles/1a")).isEqualTo("GET /api/v3/roles/1a");
        assertThat(EndpointKey.of("GET", "/organization/structure/api/legal-units"))
                .isEqualTo("GET /organization/structure/api/legal-units");
    }
}
