package dev.luccaokta.sandbox.data;

import dev.luccaokta.sandbox.generator.DatasetGenerator;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserPatchTest {
    private static final Dataset DATA = DatasetGenerator.generate(20, 1, LocalDate.of(2025, 3, 14));
    private static final Employee USER = DATA.employees().get(9);
    private static final LocalDateTime NOW = LocalDateTime.of(2025, 3, 14, 9, 30);

    private static Employee apply(WritableField field, Object value) {
        Map<WritableField, Object> values = new EnumMap<>(WritableField.class);
        values.put(field, value);
        return new UserPatch(values).applyTo(USER, DATA.organization(), NOW);
    }

    @Test
    void appliesEveryKindOfValue() {
        assertThat(apply(WritableField.FIRST_NAME, "Éloïse").firstName()).isEqualTo("Éloïse");
        assertThat(apply(WritableField.BIRTH_DATE, LocalDate.of(1990, 5, 17)).birthDate())
                .isEqualTo(LocalDate.of(1990, 5, 17));
        assertThat(apply(WritableField.GENDER, "female").gender()).isEqualTo(Gender.FEMALE);
        assertThat(apply(WritableField.DEPARTMENT_ID, 7).departmentId()).isEqualTo(7);
        assertThat(apply(WritableField.LEGAL_ENTITY_ID, 5).legalEntityId()).isEqualTo(5);
        assertThat(apply(WritableField.PERSONAL_MOBILE, null).personalMobile()).isNull();
    }

    @Test
    void refusesBadValuesNamingTheField() {
        assertThatThrownBy(() -> apply(WritableField.MAIL, "not-a-mail")).hasMessageContaining("Invalid mail");
        assertThatThrownBy(() -> apply(WritableField.FIRST_NAME, " ")).hasMessageContaining("firstName");
        assertThatThrownBy(() -> apply(WritableField.LAST_NAME, null)).hasMessageContaining("lastName cannot be null");
        assertThatThrownBy(() -> apply(WritableField.GENDER, "other")).hasMessageContaining("gender");
        assertThatThrownBy(() -> apply(WritableField.NATIONALITY, "fr")).hasMessageContaining("nationality");
        assertThatThrownBy(() -> apply(WritableField.DIRECT_LINE, "call me")).hasMessageContaining("directLine");
        assertThatThrownBy(() -> apply(WritableField.CULTURE_ID, 99)).hasMessageContaining("cultureId");
        assertThatThrownBy(() -> apply(WritableField.LOGIN, "two words")).hasMessageContaining("login");
    }

    @Test
    void refusesClosedDepartmentsAndArchivedEstablishments() {
        assertThatThrownBy(() -> apply(WritableField.DEPARTMENT_ID, 18))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("not an active department");
        assertThatThrownBy(() -> apply(WritableField.LEGAL_ENTITY_ID, 4))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("not an open establishment");
    }

    @Test
    void tellsWhichFieldsReallyChanged() {
        Employee moved = apply(WritableField.DEPARTMENT_ID, USER.departmentId() == 7 ? 8 : 7);
        Employee same = apply(WritableField.LEGAL_ENTITY_ID, USER.legalEntityId());

        assertThat(UserPatch.changedFields(USER, moved)).containsExactly(WritableField.DEPARTMENT_ID);
        assertThat(UserPatch.changedFields(USER, same)).isEmpty();
    }
}
