package dev.luccaokta.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * The administration API as the tests call it, with the accounts of server-config/test.properties: Paul (operator,
 * "Administer OKTA synchronization" in the sandbox), Clément (that permission only) and Manon (neither).
 */
public final class Admin {

    public static final String PAUL = "paul.nguyen@sandbox-industries.example";
    public static final String PAUL_PASSWORD = "paul-test-password";
    public static final String CLEMENT = "clement.vandamme@sandbox-industries.example";
    public static final String CLEMENT_PASSWORD = "clement-test-password";
    public static final String MANON = "manon.brandli@sandbox-industries.example";
    public static final String MANON_PASSWORD = "manon-test-password";

    private Admin() {
    }

    public static String tenants() {
        return Http.baseUrl() + "/lucca-okta/admin/api/tenants";
    }

    /** Basic credentials for one account. */
    public static String[] as(String mail, String password) {
        String basic = Base64.getEncoder().encodeToString((mail + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new String[] {"Authorization", "Basic " + basic};
    }

    /** The headers with the one every change needs against cross-site requests. */
    public static String[] withCsrf(String[] headers) {
        String[] all = Arrays.copyOf(headers, headers.length + 2);
        all[headers.length] = "X-Requested-With";
        all[headers.length + 1] = "lucca-okta-admin";
        return all;
    }

    /** Paul, the operator, ready to change things. */
    public static String[] operator() {
        return withCsrf(as(PAUL, PAUL_PASSWORD));
    }

    /** The body of step 1 of the setup. */
    public static String setup(String name, String mail, String luccaBaseUrl, String luccaKey) {
        return "{\"name\":\"" + name + "\",\"technicalAdminEmail\":\"" + mail + "\",\"luccaBaseUrl\":\"" + luccaBaseUrl
                + "\",\"luccaApiKey\":\"" + luccaKey + "\"}";
    }

    /** The id of a tenant of server-config/test.properties, by its name there. */
    public static String tenantNamed(String name) {
        return Http.get(tenants(), operator()).json().getJsonArray("tenants").getValuesAs(JsonObject.class).stream()
                .filter(tenant -> tenant.getString("name").equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("No tenant named " + name)).getString("id");
    }

    /** Forgets the tenant's snapshot: its next read takes Lucca as it is now. */
    public static void discardSnapshot(String tenantId) {
        Http.Answer answer = Http.delete(tenants() + "/" + tenantId + "/snapshot", operator());
        assertThat(answer.status()).as(answer.body()).isEqualTo(204);
    }

    /** A tenant the operator sets up on the sandbox with this key: its description and its SCIM token, shown once. */
    public static JsonObject createTenant(String luccaKey) {
        Http.Answer created = Http.post(tenants(), setup("Acme", "it@acme.example", Http.sandboxUrl(), luccaKey), operator());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }
}
