package dev.luccaokta.sandbox.webhooks;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ResponsePolicyTest {

    @ParameterizedTest(name = "{0} → newer {1}, older {2}")
    @CsvSource({
            "200, DELIVERED, DELIVERED",
            "202, DELIVERED, DELIVERED",
            "204, DELIVERED, FAILED",
            "400, RETRY, FAILED",
            "401, RETRY, FAILED",
            "404, SUSPEND, FAILED",
            "410, SUSPEND, FAILED",
            "429, RETRY, RETRY",
            "500, RETRY, FAILED",
            "503, RETRY, RETRY"})
    void eachTableReadsAStatusAsLuccaSpecDoes(int status, DeliveryOutcome newer, DeliveryOutcome older) {
        assertThat(ResponsePolicy.NEWER.outcome(status)).isEqualTo(newer);
        assertThat(ResponsePolicy.OLDER.outcome(status)).isEqualTo(older);
    }
}
