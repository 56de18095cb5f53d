package dev.luccaokta.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static String basic(String text) {
        return "Basic " + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theMailIsBeforeTheFirstColonAndThePasswordMayHoldColons() {
        BasicCredentials credentials = BasicCredentials.of(basic("zoé@example.com:pa:ss")).orElseThrow();

        assertThat(credentials.mail()).isEqualTo("zoé@example.com");
        assertThat(new String(credentials.password())).isEqualTo("pa:ss");
        assertThat(credentials.toString()).doesNotContain("pa:ss");
    }

    @Test
    void otherSchemesAndNoHeaderAreNoCredentials() {
        assertThat(BasicCredentials.of(null)).isEmpty();
        assertThat(BasicCredentials.of("Bearer abc")).isEmpty();
        assertThat(BasicCredentials.of("Basicxyz")).isEmpty();
    }

    @Test
    void basicThatIsNotBase64OfMailColonPasswordIsMalformed() {
        for (String header : new String[] {"Basic %%%", "Basic " + "A".repeat(5000), basic("no-colon"), basic(":password"),
                basic("mail@example.com:"), basic("mail@example.com\n:x"), "Basic " + Base64.getEncoder().encodeToString(
                        new byte[] {(byte) 0xff, ':', 'x'}), "Basic "}) {
            assertThatThrownBy(() -> BasicCredentials.of(header)).as(header).isInstanceOf(BasicCredentials.Malformed.class);
        }
    }
}
