package dev.luccaokta.sandbox.admin;

import dev.luccaokta.sandbox.api.LuccaException;
import dev.luccaokta.sandbox.traffic.FaultField;
import dev.luccaokta.sandbox.traffic.FaultSettings;
import dev.luccaokta.sandbox.traffic.Faults;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdminJsonTest {
    private static final FaultSettings DEFAULTS = FaultSettings.defaults(50, 5000);

    private static FaultSettings apply(String body) {
        return AdminJson.applyFaults(DEFAULTS, AdminJson.object(body));
    }

    @Test
    void changesOnlyTheFieldsPresent() {
        FaultSettings changed = apply("{\"errorStatus\":503,\"errorCount\":2}");

        assertThat(changed.get(FaultField.ERROR_STATUS)).isEqualTo(503);
        assertThat(changed.get(FaultField.ERROR_COUNT)).isEqualTo(2);
        assertThat(changed.with(FaultField.ERROR_STATUS, 500).with(FaultField.ERROR_COUNT, 0)).isEqualTo(DEFAULTS);
    }

    @Test
    void refusesUnknownFieldsWrongTypesAndOutOfRangeValues() {
        assertThatThrownBy(() -> apply("{\"latency\":5}")).isInstanceOf(LuccaException.class)
                .hasMessageContaining("Unknown fault setting 'latency'");
        assertThatThrownBy(() -> apply("{\"latencyMillis\":\"5\"}")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> apply("{\"latencyMillis\":1.5}")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> apply("{\"errorStatus\":404}")).hasMessageContaining("500 or 503");
        assertThatThrownBy(() -> apply("{\"errorCount\":99999999999}")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> apply("[]")).hasMessageContaining("JSON object");
        assertThatThrownBy(() -> apply("{")).hasMessageContaining("not valid JSON");
    }

    @Test
    void aRefusedChangeLeavesEveryFieldAlone() {
        Faults faults = new Faults(DEFAULTS);

        assertThatThrownBy(() -> faults.update(current -> AdminJson.applyFaults(current,
                AdminJson.object("{\"errorCount\":3,\"errorStatus\":404}")))).isInstanceOf(LuccaException.class);
        assertThat(faults.current()).isEqualTo(DEFAULTS);
    }

    @Test
    void readsEstablishmentIdsAsWholeNumbersOnly() {
        assertThat(AdminJson.integers(AdminJson.object("{\"establishmentIds\":[2,1,2]}"), "establishmentIds"))
                .containsExactly(1, 2);
        assertThat(AdminJson.integers(AdminJson.object("{\"establishmentIds\":[]}"), "establishmentIds")).isEmpty();
        for (String body : new String[] {"{}", "{\"establishmentIds\":1}", "{\"establishmentIds\":[\"1\"]}",
                "{\"establishmentIds\":[1.5]}", "{\"establishmentIds\":[99999999999]}",
                "{\"establishmentIds\":[null]}"}) {
            assertThatThrownBy(() -> AdminJson.integers(AdminJson.object(body), "establishmentIds")).as(body)
                    .isInstanceOf(LuccaException.class).hasMessageContaining("establishmentIds");
        }
    }

    @Test
    void refusesAFieldNotExpected() {
        AdminJson.onlyFields(AdminJson.object("{\"permissions\":[]}"), "name", "permissions");

        assertThatThrownBy(() -> AdminJson.onlyFields(AdminJson.object("{\"permission\":[]}"), "permissions"))
                .isInstanceOf(LuccaException.class).hasMessageContaining("Unknown field 'permission'");
    }
}
