package dev.luccaokta.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A tenant's delivery to Okta through the administration API: pulled over SCIM by default, pushed with an API token
 * or a service app once set, the secrets never read back, bad settings refused with a problem, the same access rules
 * as the tenant's other settings. All over HTTP.
 */
@SharedServerTest
class OktaDeliveryIT {

    private static final String ORG = "http://127.0.0.1:" + Integer.getInteger("it.port", 18180);
    private static final String SERVICE_APP = "0oaDeliveryServiceApp";

    @Test
    void aTenantPullsOverScimUntilItPushesWithAnApiTokenWhichIsNeverReadBack() {
        String delivery = delivery(Admin.createTenant(Sandbox.READ_KEY).getString("id"));
        assertThat(Http.get(delivery, Admin.operator()).json().getString("mode")).isEqualTo("SCIM_PULL");

        Http.Answer pushed = Http.put(delivery, form("OKTA_PUSH", token(OktaSandbox.API_TOKEN)), Admin.operator());

        assertThat(pushed.status()).as(pushed.body()).isEqualTo(200);
        JsonObject read = Http.get(delivery, Admin.operator()).json();
        assertThat(read.getString("mode")).isEqualTo("OKTA_PUSH");
        assertThat(read.getString("oktaOrgUrl")).isEqualTo(ORG);
        assertThat(read.getString("sourceId")).isEqualTo(OktaSandbox.SOURCE);
        assertThat(read.getJsonObject("credentials").getString("type")).isEqualTo("API_TOKEN");
        assertThat(read.getJsonObject("credentials").getBoolean("apiTokenStored")).isTrue();
        assertThat(pushed.body() + read).doesNotContain(OktaSandbox.API_TOKEN);
    }

    @Test
    void aServiceAppsKeyIsKeptWhenLeftOutAndTheSettingsOutliveAReturnToScim() {
        String delivery = delivery(Admin.createTenant(Sandbox.READ_KEY).getString("id"));
        ECKey key = key();
        Http.Answer pushed = Http.put(delivery, form("OKTA_PUSH", serviceApp(key.toJSONString())), Admin.operator());
        assertThat(pushed.status()).as(pushed.body()).isEqualTo(200);

        Http.Answer again = Http.put(delivery, form("OKTA_PUSH", serviceApp(null)), Admin.operator());
        Http.Answer back = Http.put(delivery, "{\"mode\":\"SCIM_PULL\"}", Admin.operator());

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        JsonObject read = Http.get(delivery, Admin.operator()).json();
        assertThat(read.getString("mode")).isEqualTo("SCIM_PULL");
        assertThat(read.getString("oktaOrgUrl")).isEqualTo(ORG);
        assertThat(read.getJsonObject("credentials").getString("type")).isEqualTo("SERVICE_APP");
        assertThat(read.getJsonObject("credentials").getString("clientId")).isEqualTo(SERVICE_APP);
        assertThat(read.getJsonObject("credentials").getBoolean("privateKeyStored")).isTrue();
        assertThat(pushed.body() + again.body() + back.body() + read).doesNotContain(key.getD().toString());
    }

    @Test
    void badSettingsAreRefusedWithAProblemAndNothingIsStored() {
        String delivery = delivery(Admin.createTenant(Sandbox.READ_KEY).getString("id"));
        String publicKey = key().toPublicJWK().toJSONString();
        String noKid = keyWithout().toJSONString();

        for (String body : List.of("{}", "{\"mode\":\"FAX\"}", "{not json",
                form("OKTA_PUSH", null),
                form("OKTA_PUSH", "{\"type\":\"PIGEON\"}"),
                form("OKTA_PUSH", "{\"type\":\"API_TOKEN\"}"),
                form("OKTA_PUSH", "{\"type\":\"API_TOKEN\",\"apiToken\":\"has spaces in it\"}"),
                form("OKTA_PUSH", "{\"type\":\"SERVICE_APP\",\"clientId\":\"" + SERVICE_APP + "\",\"apiToken\":\"x\"}"),
                form("OKTA_PUSH", serviceApp(publicKey)),
                form("OKTA_PUSH", serviceApp(noKid)),
                form("OKTA_PUSH", serviceApp("{\"kty\":")),
                pushTo("https://acme.example.com", OktaSandbox.SOURCE),
                pushTo(ORG + "/okta-sandbox/../admin", OktaSandbox.SOURCE),
                pushTo("not a url", OktaSandbox.SOURCE),
                pushTo(ORG, "0oa/../users"))) {
            Http.Answer refused = Http.put(delivery, body, Admin.operator());
            assertThat(refused.status()).as(body + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().getString("detail")).as(body).isNotBlank().doesNotContain("\"d\"");
        }
        JsonObject read = Http.get(delivery, Admin.operator()).json();
        assertThat(read.getString("mode")).isEqualTo("SCIM_PULL");
        assertThat(read.containsKey("oktaOrgUrl") && !read.isNull("oktaOrgUrl")).isFalse();
    }

    @Test
    void theCheckNeedsStoredSettingsAndAnOrgWithoutIdentitySourcesIsAnAnswerNotAnError() {
        String delivery = delivery(Admin.createTenant(Sandbox.READ_KEY).getString("id"));
        Http.Answer unset = Http.post(delivery + "/check", "", Admin.operator());
        // The connector's own origin has no identity-sources API: it answers 404, as an org without the feature.
        Http.Answer stored = Http.put(delivery, form("OKTA_PUSH", token("not-a-token-of-this-org")), Admin.operator());

        Http.Answer checked = Http.post(delivery + "/check", "", Admin.operator());

        assertThat(unset.status()).as(unset.body()).isEqualTo(400);
        assertThat(unset.json().getString("detail")).contains("No Okta settings");
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        JsonObject check = checked.json();
        assertThat(check.getString("identitySourceApps")).as(check.toString()).isEqualTo("missing");
        assertThat(check.getString("individualOperations")).isEqualTo("unknown");
        assertThat(check.getString("credentials")).isEqualTo("unknown");
        assertThat(check.getJsonArray("messages").getString(0)).contains("ask Okta to enable Identity Source Apps");
        assertThat(check.getJsonArray("configureInOkta").toString()).contains("automatically", "exact match",
                "Profile & Lifecycle Sourcing", "Deactivate");
        assertThat(checked.body()).doesNotContain("not-a-token-of-this-org");
    }

    @Test
    void theDeliveryIsTheTenantsOthersOnlyForThoseWhoAdministerIt() {
        String id = Admin.createTenant(Sandbox.READ_KEY).getString("id");

        assertThat(Http.get(delivery(id)).status()).isEqualTo(401);
        assertThat(Http.get(delivery(id), Admin.as(Admin.MANON, Admin.MANON_PASSWORD)).status()).isEqualTo(403);
        assertThat(Http.put(delivery(id), form("OKTA_PUSH", token(OktaSandbox.API_TOKEN)),
                Admin.withCsrf(Admin.as(Admin.MANON, Admin.MANON_PASSWORD))).status()).isEqualTo(403);
        assertThat(Http.get(delivery("no-such-tenant"), Admin.operator()).status()).isEqualTo(404);
        assertThat(Http.put(delivery(id), "{\"mode\":\"SCIM_PULL\"}", Admin.as(Admin.PAUL, Admin.PAUL_PASSWORD)).status())
                .as("without the CSRF header").isEqualTo(403);
    }

    private static String delivery(String tenantId) {
        return Admin.tenants() + "/" + tenantId + "/delivery";
    }

    private static String form(String mode, String credentials) {
        return "{\"mode\":\"" + mode + "\",\"oktaOrgUrl\":\"" + ORG + "\",\"sourceId\":\"" + OktaSandbox.SOURCE + "\""
                + (credentials == null ? "" : ",\"credentials\":" + credentials) + "}";
    }

    private static String pushTo(String orgUrl, String sourceId) {
        return "{\"mode\":\"OKTA_PUSH\",\"oktaOrgUrl\":\"" + orgUrl + "\",\"sourceId\":\"" + sourceId
                + "\",\"credentials\":" + token(OktaSandbox.API_TOKEN) + "}";
    }

    private static String token(String token) {
        return "{\"type\":\"API_TOKEN\",\"apiToken\":\"" + token + "\"}";
    }

    /** A service app's credentials; without a key, the stored one is kept. */
    private static String serviceApp(String jwk) {
        JsonObjectBuilder credentials = Json.createObjectBuilder().add("type", "SERVICE_APP").add("clientId", SERVICE_APP);
        return (jwk == null ? credentials : credentials.add("privateKeyJwk", jwk)).build().toString();
    }

    private static ECKey key() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID("delivery-key").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ECKey keyWithout() {
        try {
            return new ECKeyGenerator(Curve.P_256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
