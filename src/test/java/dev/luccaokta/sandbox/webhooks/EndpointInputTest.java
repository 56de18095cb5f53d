package dev.luccaokta.sandbox.webhooks;

import dev.luccaokta.sandbox.data.InvalidDataException;
import dev.luccaokta.sandbox.data.Organization;
import dev.luccaokta.sandbox.generator.DatasetGenerator;
import dev.luccaokta.sandbox.json.JsonValues;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EndpointInputTest {
    private static final Organization ORGANIZATION = DatasetGenerator.generate(10, 42, LocalDate.of(2025, 3, 14))
            .organization();

    private static EndpointInput create(String json, boolean allowPlainHttp) {
        return EndpointInput.parse(JsonValues.parseObject(json), true, allowPlainHttp, ORGANIZATION);
    }

    private static String body(String url) {
        return "{\"name\":\"Okta\",\"apiVersion\":\"2025-06-01\",\"webhookUrl\":\"" + url
                + "\",\"topics\":[\"employee.updated\",\"employee.updated\"],\"businessEstablishments\":[{\"id\":\"1\"}]}";
    }

    @Test
    void aCompleteBodyIsReadWithTheLatestVersionItMeans() {
        EndpointInput input = create(body("https://okta.example/events"), false);

        assertThat(input.apiVersion()).isEqualTo("2024-11-01");
        assertThat(input.topics()).containsExactly("employee.updated");
        assertThat(input.establishmentIds()).containsExactly(1);
        assertThat(input.status()).isNull();
    }

    @Test
    void plainHttpIsRefusedUnlessTheSettingAllowsIt() {
        assertThatThrownBy(() -> create(body("http://okta.example/events"), false))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("https");
        assertThat(create(body("http://okta.example/events"), true).webhookUrl().getScheme()).isEqualTo("http");
    }

    @Test
    void aPatchMayGiveAnyFieldButACreationNeedsTheRequiredOnes() {
        assertThatThrownBy(() -> create("{\"name\":\"Okta\"}", false)).hasMessageContaining("apiVersion");
        EndpointInput patch = EndpointInput.parse(JsonValues.parseObject("{\"status\":\"inactive\"}"), false, false,
                ORGANIZATION);
        assertThat(patch.status()).isEqualTo(EndpointStatus.INACTIVE);
        assertThat(patch.establishmentsGiven()).isFalse();
    }

    @Test
    void unknownTopicsEstablishmentsAndFieldsAndTheSuspendedStatusAreRefused() {
        assertThatThrownBy(() -> create(body("https://o.example").replace("employee.updated", "confirmation"), false))
                .hasMessageContaining("Unknown topic");
        assertThatThrownBy(() -> create(body("https://o.example").replace("\"id\":\"1\"", "\"id\":\"99\""), false))
                .hasMessageContaining("businessEstablishments");
        assertThatThrownBy(() -> create(body("https://o.example").replace("\"name\"", "\"secret\":\"x\",\"name\""),
                false)).hasMessageContaining("'secret'");
        assertThatThrownBy(() -> create(body("https://o.example").replace("\"name\"", "\"status\":\"suspended\","
                + "\"name\""), false)).hasMessageContaining("active or inactive");
    }
}
