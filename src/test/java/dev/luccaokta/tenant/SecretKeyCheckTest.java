package dev.luccaokta.tenant;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The start-up check of {@code connector.secretKey} against what the database holds. */
class SecretKeyCheckTest {

    private static final SecretBox BOX = SecretBox.of(Base64.getDecoder().decode("AdlR3IrlM+fgOZ7y0Uj5zt1I+EjdOcS+3DdCH1n9WtM="));
    private static final SecretBox OTHER = SecretBox.of(new byte[32]);

    @Test
    void aKeyThatOpensNoneOfTheClientSecretsOfADatabaseWithoutApiKeysStopsTheStart() {
        List<Object[]> rows = List.<Object[]>of(new Object[] {"acme", null, secret(OTHER, "acme"), null, null},
                new Object[] {"globex", null, secret(OTHER, "globex"), null, null});

        assertThatThrownBy(() -> SecretKeyCheck.verify(BOX, rows)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("connector.secretKey does not open");
    }

    @Test
    void aKeyThatOpensTheClientSecretsLetsTheStartGoOn() {
        List<Object[]> rows = List.<Object[]>of(new Object[] {"acme", null, secret(BOX, "acme"), null, null});

        assertThatCode(() -> SecretKeyCheck.verify(BOX, rows)).doesNotThrowAnyException();
    }

    @Test
    void oneValueThatDoesNotOpenBreaksItsTenantOnlyWhenOthersOpen() {
        List<Object[]> rows = List.<Object[]>of(new Object[] {"acme", new SecretSlot("acme", SecretSlot.LUCCA_API_KEY)
                .seal(BOX, "sbx-all-0003"), secret(OTHER, "acme"), null, null});

        assertThatCode(() -> SecretKeyCheck.verify(BOX, rows)).doesNotThrowAnyException();
    }

    @Test
    void anOktaApiTokenThatDoesNotOpenStopsTheStartOfADatabaseWithNoOtherSecret() {
        List<Object[]> rows = List.<Object[]>of(new Object[] {"acme", null, null, null,
                new SecretSlot("acme", SecretSlot.OKTA_API_TOKEN).seal(OTHER, "00okta-token")});

        assertThatThrownBy(() -> SecretKeyCheck.verify(BOX, rows)).isInstanceOf(IllegalStateException.class);
    }

    private static String secret(SecretBox box, String tenant) {
        return new SecretSlot(tenant, SecretSlot.LUCCA_CLIENT_SECRET).seal(box, "secret-of-" + tenant);
    }
}
