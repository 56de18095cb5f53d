package dev.luccaokta.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luccaokta.tenant.ScimTokenHash;
import org.junit.jupiter.api.Test;

class ScimTokenIdTest {

    @Test
    void aTokenIsNamedTheSameFromItselfAndFromItsStoredHashAndNamesNothingElse() {
        String token = "test-scim-token-0b6e3d1f";
        String id = ScimTokenId.of(token);

        assertThat(id).matches("[0-9a-f]{12}");
        assertThat(ScimTokenId.ofHash(ScimTokenHash.of(token))).isEqualTo(id);
        assertThat(ScimTokenId.of("test-readonly-token-7d2a5c90")).isNotEqualTo(id);
        assertThat(ScimTokenHash.of(token)).as("no part of the stored hash").doesNotContain(id);
        assertThat(token).doesNotContain(id);
    }
}
