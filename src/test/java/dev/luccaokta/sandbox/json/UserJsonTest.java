package dev.luccaokta.sandbox.json;

import dev.luccaokta.sandbox.data.Dataset;
import dev.luccaokta.sandbox.data.Employee;
import dev.luccaokta.sandbox.data.EmployeeDirectory;
import dev.luccaokta.sandbox.generator.DatasetGenerator;
import dev.luccaokta.sandbox.query.FieldSelection;
import dev.luccaokta.sandbox.query.QueryException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserJsonTest {
    private static final Dataset DATA = DatasetGenerator.generate(100, 42, LocalDate.of(2025, 3, 14));
    private static final EmployeeDirectory DIRECTORY = new EmployeeDirectory(DATA);
    private static final FieldCatalog<Employee> CATALOG = UserJson.catalog(DATA.organization(), DIRECTORY::find,
            URI.create("http://sandbox.test/lucca-sandbox/api/v3/users"));
    private static final Employee SECOND = DATA.employees().get(1);

    private static JsonObject render(String fields, Employee employee) {
        return CATALOG.project(FieldSelection.parse(fields)).render(employee);
    }

    @Test
    void withoutFieldsShowsIdNameAndUrl() {
        JsonObject json = render(null, SECOND);

        assertThat(json.keySet()).containsExactly("id", "name", "url");
        assertThat(json.getString("name")).isEqualTo(SECOND.firstName() + " " + SECOND.lastName());
        assertThat(json.getString("url")).isEqualTo("http://sandbox.test/lucca-sandbox/api/v3/users/2");
    }

    @Test
    void rendersFieldsInTheRequestedOrderWithLuccaDates() {
        JsonObject json = render("displayName,dtContractStart,dtContractEnd,id", SECOND);

        assertThat(json.keySet()).containsExactly("displayName", "dtContractStart", "dtContractEnd", "id");
        assertThat(json.getString("displayName")).isEqualTo(SECOND.lastName() + " " + SECOND.firstName());
        assertThat(json.getString("dtContractStart")).isEqualTo(SECOND.dtContractStart() + "T00:00:00");
        assertThat(json.get("dtContractEnd")).isEqualTo(JsonValue.NULL);
    }

    @Test
    void resolvesReferencesAndHonoursTheirSubFields() {
        JsonObject json = render("manager[name],legalEntity,rolePrincipal[id],habilitedRoles", SECOND);
        Employee manager = DIRECTORY.find(SECOND.managerId()).orElseThrow();

        assertThat(json.getJsonObject("manager").keySet()).containsExactly("name");
        assertThat(json.getJsonObject("manager").getString("name")).isEqualTo(manager.name());
        assertThat(json.getJsonObject("legalEntity").getString("name")).isEqualTo("Paris – Siège");
        assertThat(json.getJsonObject("rolePrincipal").getInt("id")).isEqualTo(1);
        assertThat(json.getJsonArray("habilitedRoles").getJsonObject(0).keySet()).containsExactly("id", "name");
    }

    @Test
    void theTopOfTheHierarchyHasANullManager() {
        assertThat(render("manager", DATA.employees().get(2)).get("manager")).isEqualTo(JsonValue.NULL);
    }

    @Test
    void extendedDataShowsEveryDefinitionOrTheSelectedOnes() {
        JsonObject all = render("extendedData", SECOND).getJsonObject("extendedData");
        JsonObject some = render("extendedData[e_hasCompanyCar,e_languages]", SECOND).getJsonObject("extendedData");

        assertThat(all.keySet()).hasSize(DATA.organization().extendedDataDefinitions().size());
        assertThat(some.keySet()).containsExactly("e_hasCompanyCar", "e_languages");
        assertThat(some.get("e_hasCompanyCar").getValueType())
                .isIn(JsonValue.ValueType.TRUE, JsonValue.ValueType.FALSE);
        assertThat(some.get("e_languages").getValueType()).isEqualTo(JsonValue.ValueType.ARRAY);
    }

    @Test
    void refusesUnknownFieldsAndSubFields() {
        assertThatThrownBy(() -> render("id,salary", SECOND))
                .isInstanceOf(QueryException.class).hasMessageContaining("Unknown field 'salary' for users");
        assertThatThrownBy(() -> render("manager[mail]", SECOND))
                .isInstanceOf(QueryException.class).hasMessageContaining("Unknown field 'mail' for manager");
        assertThatThrownBy(() -> render("firstName[x]", SECOND))
                .isInstanceOf(QueryException.class).hasMessageContaining("'firstName' of users has no sub-fields");
        assertThatThrownBy(() -> render("extendedData[e_unknown]", SECOND))
                .isInstanceOf(QueryException.class).hasMessageContaining("e_unknown");
    }

    @Test
    void everyFieldCanBeRenderedForEveryUser() {
        Projection<Employee> all = CATALOG.projectAll();

        assertThat(DATA.employees()).allSatisfy(employee -> assertThat(all.render(employee))
                .containsKeys("theoreticalCompensation", "extendedData", "csp", "calendar", "culture"));
    }
}
