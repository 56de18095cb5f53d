package dev.luccaokta.sandbox.auth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorizationHeaderTest {

    @Test
    void readsTheKeyOfALuccaHeader() {
        assertThat(AuthorizationHeader.apiKey("lucca application=sbx-read-0001")).contains("sbx-read-0001");
        assertThat(AuthorizationHeader.apiKey("  Lucca Application=abc ")).contains("abc");
    }

    @Test
    void findsNoKeyInOtherHeaders() {
        assertThat(AuthorizationHeader.apiKey(null)).isEmpty();
        assertThat(AuthorizationHeader.apiKey("Bearer sbx-read-0001")).isEmpty();
        assertThat(AuthorizationHeader.apiKey("lucca sbx-read-0001")).isEmpty();
        assertThat(AuthorizationHeader.apiKey("lucca application=")).isEmpty();
        assertThat(AuthorizationHeader.apiKey("lucca")).isEmpty();
    }
}
