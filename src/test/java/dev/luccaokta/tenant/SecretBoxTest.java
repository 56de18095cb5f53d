package dev.luccaokta.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private static final byte[] KEY = Base64.getDecoder().decode("AdlR3IrlM+fgOZ7y0Uj5zt1I+EjdOcS+3DdCH1n9WtM=");
    private static final SecretBox BOX = SecretBox.of(KEY);
    private static final SecretSlot ACME_KEY = new SecretSlot("acme", SecretSlot.LUCCA_API_KEY);

    @Test
    void aSealedSecretOpensWithTheSameKeyAndNeverShowsTheSecret() {
        String sealed = ACME_KEY.seal(BOX, "sbx-all-0003");

        assertThat(sealed).startsWith("v2:").doesNotContain("sbx-all-0003");
        assertThat(ACME_KEY.open(BOX, sealed)).isEqualTo("sbx-all-0003");
        assertThat(ACME_KEY.seal(BOX, "sbx-all-0003")).as("a fresh nonce every time").isNotEqualTo(sealed);
    }

    @Test
    void anotherKeyOrAnAlteredValueCannotBeOpened() {
        String sealed = ACME_KEY.seal(BOX, "sbx-all-0003");
        byte[] other = KEY.clone();
        other[0] ^= 1;
        byte[] altered = Base64.getDecoder().decode(sealed.substring(3));
        altered[altered.length - 1] ^= 1;

        assertThatThrownBy(() -> SecretBox.of(other).open(sealed, "tenant/acme/lucca_api_key"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("connector.secretKey");
        assertThatThrownBy(() -> ACME_KEY.open(BOX, "v2:" + Base64.getEncoder().encodeToString(altered)))
                .isInstanceOf(UnreadableSecretException.class);
    }

    @Test
    void aValueCopiedToAnotherTenantsRowOrAnotherColumnDoesNotOpen() {
        String sealed = ACME_KEY.seal(BOX, "sbx-all-0003");

        assertThatThrownBy(() -> new SecretSlot("globex", SecretSlot.LUCCA_API_KEY).open(BOX, sealed))
                .isInstanceOf(UnreadableSecretException.class)
                .hasMessageContaining("globex").hasMessageContaining("lucca_api_key").hasMessageNotContaining("sbx-");
        assertThatThrownBy(() -> new SecretSlot("acme", SecretSlot.LUCCA_CLIENT_SECRET).open(BOX, sealed))
                .isInstanceOf(UnreadableSecretException.class);
    }

    @Test
    void plainTextAndValuesSealedByEarlierReleasesAreRefused() {
        assertThatThrownBy(() -> ACME_KEY.open(BOX, "sbx-all-0003")).isInstanceOf(UnreadableSecretException.class);
        assertThatThrownBy(() -> ACME_KEY.open(BOX, SecretSealingMigrationTest.sealedUnbound("sbx-all-0003")))
                .isInstanceOf(UnreadableSecretException.class);
    }

    @Test
    void theMigrationSealsEarlierValuesAndPlainTextForTheirSlotAndLeavesTheRest() {
        String unbound = SecretSealingMigrationTest.sealedUnbound("sbx-all-0003");
        String bound = ACME_KEY.seal(BOX, "sbx-read-0001");

        assertThat(ACME_KEY.open(BOX, ACME_KEY.resealed(BOX, unbound))).isEqualTo("sbx-all-0003");
        assertThat(ACME_KEY.open(BOX, ACME_KEY.resealed(BOX, "sbx-future-0002"))).isEqualTo("sbx-future-0002");
        assertThat(ACME_KEY.resealed(BOX, bound)).isSameAs(bound);
        assertThat(ACME_KEY.resealed(BOX, null)).isNull();
        assertThatThrownBy(() -> ACME_KEY.resealed(SecretBox.of(new byte[32]), unbound))
                .as("a key that cannot open the earlier values stops the migration").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAKeyOnlyADemoStartsAndABadKeyIsExplained() {
        assertThatThrownBy(() -> SecretKeys.load(Optional.empty(), false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CONNECTOR_SECRETKEY");
        assertThatThrownBy(() -> SecretKeys.load(Optional.of("c2hvcnQ="), false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("16, 24 or 32");
        SecretBox demo = SecretKeys.load(Optional.empty(), true);
        assertThat(ACME_KEY.open(demo, ACME_KEY.seal(demo, "x"))).isEqualTo("x");
    }
}
