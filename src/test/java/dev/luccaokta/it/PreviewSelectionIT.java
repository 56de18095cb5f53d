package dev.luccaokta.it;

import static dev.luccaokta.it.Admin.tenants;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/**
 * The administration preview shows of Lucca's record only what the tenant sends to Okta: the mandatory properties
 * and its selection, not everything its key may read.
 */
@SharedServerTest
class PreviewSelectionIT {

    private static final String[] PAUL = Admin.operator();

    @Test
    void theLuccaSideOfThePreviewHoldsOnlyTheSelectedAndMandatoryProperties() {
        String tenant = Admin.createTenant(Sandbox.ALL_KEY).getString("id");
        long id = Sandbox.get("/api/v3/users?fields=id&mail=" + Admin.MANON, Sandbox.ALL_KEY).json().getJsonObject("data")
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();

        JsonObject unselected = preview(tenant, id);
        Http.Answer selected = Http.put(tenants() + "/" + tenant + "/selection",
                "{\"properties\":[\"birthDate\",\"theoreticalCompensation\"],\"groupTypes\":[]}", PAUL);
        assertThat(selected.status()).as(selected.body()).isEqualTo(200);
        JsonObject withSelection = preview(tenant, id);

        assertThat(unselected.keySet()).contains("id", "login", "firstName", "lastName", "mail")
                .doesNotContain("birthDate", "theoreticalCompensation", "personalEmail", "gender", "nationality",
                        "jobTitle", "manager", "rolePrincipal", "habilitedRoles");
        assertThat(unselected.getOrDefault("extendedData", JsonValue.EMPTY_JSON_OBJECT).asJsonObject()).isEmpty();
        assertThat(withSelection.keySet()).contains("birthDate", "theoreticalCompensation").doesNotContain("personalEmail");
    }

    private static JsonObject preview(String tenant, long id) {
        Http.Answer answer = Http.get(tenants() + "/" + tenant + "/preview/" + id, PAUL);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().getJsonObject("lucca");
    }
}
