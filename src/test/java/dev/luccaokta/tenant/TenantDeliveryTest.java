package dev.luccaokta.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How a tenant's people reach Okta: SCIM by default, or pushed with exactly one kind of Okta credentials. */
class TenantDeliveryTest {

    private static final String ORG = "https://acme.okta.com";
    private static final String SOURCE = "0oa3l6l6WK6h0R0QW0g4";
    private static final String TOKEN = "00okta-api-token-7d1f";
    private static final String KEY = "{\"kty\":\"EC\",\"kid\":\"k1\",\"d\":\"secret-part\"}";

    private final Tenant tenant = Tenant.create("Acme", "https://acme.ilucca.net", "lucca-key", "hash-of-token");

    /** Unit tests have no MicroProfile Config: the box is set as the configuration would make it. */
    @BeforeAll
    static void sealWithAKnownKey() throws ReflectiveOperationException {
        Field box = SecretKeys.class.getDeclaredField("box");
        box.setAccessible(true);
        box.set(null, SecretBox.of(new byte[32]));
    }

    @Test
    void aNewTenantIsPulledOverScimAndHasNoOktaSettings() {
        assertThat(tenant.getDeliveryMode()).isEqualTo(DeliveryMode.SCIM_PULL);
        assertThat(tenant.getOktaOrgUrl()).isEmpty();
        assertThat(tenant.getOktaApiToken()).isEmpty();
        assertThat(tenant.getOktaPrivateKey()).isEmpty();
    }

    @Test
    void pushingWithAnApiTokenKeepsTheTokenSealedAndNoServiceApp() {
        tenant.pushToOkta(ORG, SOURCE, null, null, TOKEN);

        assertThat(tenant.getDeliveryMode()).isEqualTo(DeliveryMode.OKTA_PUSH);
        assertThat(tenant.getOktaOrgUrl()).contains(ORG);
        assertThat(tenant.getOktaSourceId()).contains(SOURCE);
        assertThat(tenant.getOktaApiToken()).contains(TOKEN);
        assertThat(tenant.hasOktaApiToken()).isTrue();
        assertThat(tenant.getOktaClientId()).isEmpty();
        assertThat(tenant.hasOktaPrivateKey()).isFalse();
        assertThat(tenant.toString()).doesNotContain(TOKEN);
    }

    @Test
    void aServiceAppReplacesTheApiTokenAndTheTokenIsForgotten() {
        tenant.pushToOkta(ORG, SOURCE, null, null, TOKEN);

        tenant.pushToOkta(ORG, SOURCE, "0oaServiceApp", KEY, null);

        assertThat(tenant.getOktaClientId()).contains("0oaServiceApp");
        assertThat(tenant.getOktaPrivateKey()).contains(KEY);
        assertThat(tenant.getOktaApiToken()).isEmpty();
    }

    @Test
    void bothKindsOfCredentialsOrNeitherOrHalfAServiceAppAreRefused() {
        assertThatThrownBy(() -> tenant.pushToOkta(ORG, SOURCE, "0oaServiceApp", KEY, TOKEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> tenant.pushToOkta(ORG, SOURCE, null, " ", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> tenant.pushToOkta(ORG, SOURCE, "0oaServiceApp", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("client id and a private key");
        assertThatThrownBy(() -> tenant.pushToOkta(ORG, null, null, null, TOKEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("identity source");
        assertThat(tenant.getDeliveryMode()).isEqualTo(DeliveryMode.SCIM_PULL);
        assertThat(tenant.getOktaOrgUrl()).isEmpty();
    }

    @Test
    void goingBackToScimKeepsTheOktaSettingsForTheNextSwitch() {
        tenant.pushToOkta(ORG, SOURCE, "0oaServiceApp", KEY, null);

        tenant.pullOverScim();

        assertThat(tenant.getDeliveryMode()).isEqualTo(DeliveryMode.SCIM_PULL);
        assertThat(tenant.getOktaOrgUrl()).contains(ORG);
        assertThat(tenant.getOktaClientId()).contains("0oaServiceApp");
        assertThat(tenant.getOktaPrivateKey()).contains(KEY);
    }

    @Test
    void theSealedKeyOpensOnlyInItsOwnSlot() throws ReflectiveOperationException {
        tenant.pushToOkta(ORG, SOURCE, "0oaServiceApp", KEY, null);
        Field stored = Tenant.class.getDeclaredField("oktaPrivateKey");
        stored.setAccessible(true);
        String sealed = (String) stored.get(tenant);

        assertThat(sealed).doesNotContain("secret-part");
        assertThatThrownBy(() -> new SecretSlot(tenant.getId(), SecretSlot.OKTA_API_TOKEN).open(SecretKeys.box(), sealed))
                .isInstanceOf(UnreadableSecretException.class);
    }
}
