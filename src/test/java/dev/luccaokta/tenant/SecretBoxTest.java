package dev.luccaokta.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private static final byte[] KEY = Base64.getDecoder().decode("AdlR3IrlM+fgOZ7y0Uj5zt1I+EjdOcS+3DdCH1n9WtM=");

    @Test
    void aSealedSecretOpensWithTheSameKeyAndNeverShowsTheSecret() {
        SecretBox box = SecretBox.of(KEY);

        String sealed = box.seal("sbx-all-0003");

        assertThat(sealed).startsWith("v1:").doesNotContain("sbx-all-0003");
        assertThat(box.open(sealed)).isEqualTo("sbx-all-0003");
        assertThat(box.seal("sbx-all-0003")).as("a fresh nonce every time").isNotEqualTo(sealed);
    }

    @Test
    void anotherKeyOrAnAlteredValueCannotBeOpened() {
        String sealed = SecretBox.of(KEY).seal("sbx-all-0003");
        byte[] other = KEY.clone();
        other[0] ^= 1;
        byte[] altered = Base64.getDecoder().decode(sealed.substring(3));
        altered[altered.length - 1] ^= 1;

        assertThatThrownBy(() -> SecretBox.of(other).open(sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("connector.secretKey");
        assertThatThrownBy(() -> SecretBox.of(KEY).open("v1:" + Base64.getEncoder().encodeToString(altered)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAKeyOnlyADemoStartsAndABadKeyIsExplained() {
        assertThatThrownBy(() -> SecretKeys.load(Optional.empty(), false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CONNECTOR_SECRETKEY");
        assertThatThrownBy(() -> SecretKeys.load(Optional.of("c2hvcnQ="), false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("16, 24 or 32");
        SecretBox demo = SecretKeys.load(Optional.empty(), true);
        assertThat(demo.open(demo.seal("x"))).isEqualTo("x");
    }

    @Test
    void theConverterReadsAValueStoredBeforeSealingAsItIs() {
        SealedSecretConverter converter = new SealedSecretConverter();
        assertThat(converter.convertToEntityAttribute("sbx-legacy-plaintext")).isEqualTo("sbx-legacy-plaintext");
    }
}
