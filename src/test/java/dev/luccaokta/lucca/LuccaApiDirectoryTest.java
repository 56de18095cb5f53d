package dev.luccaokta.lucca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the connector makes of Lucca's current API: the same user record the legacy API gives. */
class LuccaApiDirectoryTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final JsonObject EMPLOYEE = json("""
            {"id": "416", "type": "employee", "givenName": "Edward", "familyName": "Atkinson",
             "employeeNumber": "E000124", "status": "deactivated", "email": "eatkinson@acme.corp",
             "phoneNumber": "+33145784512", "lastUpdatedAt": "2024-04-15T23:12:54.0001Z",
             "applicableEmployment": {"id": "154", "type": "employment"},
             "applicableJobPosition": {"id": "74", "type": "job-position"}}""");
    private static final JsonObject MANAGER = json("""
            {"id": "7", "type": "employee", "givenName": "Ada", "familyName": "Byron", "status": "active"}""");
    private static final JsonObject EMPLOYMENT = json("""
            {"id": "154", "type": "employment", "start": {"date": "2020-01-06"}, "end": {"date": "2024-03-31"}}""");
    private static final JsonObject POSITION = json("""
            {"id": "74", "type": "job-position", "jobTitle": "Payroll officer",
             "businessEstablishment": {"id": "5"}, "department": {"id": "32"}, "manager": {"id": "7"}}""");
    private static final JsonObject RECORD = json("""
            {"id": "416", "employee": {"id": "416"}, "legalGender": "unknown", "birthDate": "1990-12-22",
             "nationalitiesCountryCodes": ["BEL", "FRA"], "phoneNumber": "+32470000000", "email": "ed@home.example"}""");

    @Test
    void anEmployeeTakesTheContractOfTheirEmploymentThePositionsDetailsAndTheirPersonalRecord() {
        LuccaDirectoryData data = directory(Map.of(416L, RECORD)).data(List.of(EMPLOYEE, MANAGER),
                List.of(json("{\"id\": \"32\", \"name\": \"Payroll\", \"remoteId\": \"PAY\", \"parent\": null}")),
                List.of(json("{\"id\": \"5\", \"name\": \"Lyon\", \"legalEntity\": {\"id\": \"2\"}, \"isArchived\": true}")),
                List.of(json("{\"id\": \"2\", \"legalName\": \"Acme Belgique\", \"countryCode\": \"BEL\"}")), List.of());

        LuccaUser user = data.users().get(0);
        assertThat(user.id()).isEqualTo(416);
        assertThat(user.firstName()).isEqualTo("Edward");
        assertThat(user.lastName()).isEqualTo("Atkinson");
        assertThat(user.login()).isNull();
        assertThat(user.mail()).isEqualTo("eatkinson@acme.corp");
        assertThat(user.modifiedOn()).isEqualTo(LocalDateTime.of(2024, 4, 16, 1, 12, 54, 100_000));
        assertThat(user.dtContractStart()).isEqualTo(LocalDateTime.of(2020, 1, 6, 0, 0));
        assertThat(user.dtContractEnd()).isEqualTo(LocalDateTime.of(2024, 3, 31, 0, 0));
        assertThat(user.jobTitle()).isEqualTo("Payroll officer");
        assertThat(user.directLine()).isEqualTo("+33145784512");
        assertThat(user.legalEntity()).isEqualTo(new LuccaRef(5L, "Lyon"));
        assertThat(user.department()).isEqualTo(new LuccaRef(32L, "Payroll"));
        assertThat(user.manager()).isEqualTo(new LuccaRef(7L, "Ada Byron"));
        assertThat(user.birthDate()).isEqualTo(LocalDateTime.of(1990, 12, 22, 0, 0));
        assertThat(user.gender()).isNull();
        assertThat(user.nationality()).isEqualTo("BEL");
        assertThat(user.personalMobile()).isEqualTo("+32470000000");
        assertThat(user.personalEmail()).isEqualTo("ed@home.example");
        assertThat(user.extendedData().getString("e_bloodType")).isEqualTo("AB");
        assertThat(data.establishments()).containsExactly(new LuccaEstablishment(5, "Lyon", null, 2L, true));
        assertThat(data.departments()).containsExactly(new LuccaDepartment(32, "Payroll", "PAY", null, true));
        assertThat(data.legalUnits().get(0).country()).isEqualTo(new LuccaCountry(1, "Belgique", "BEL"));
        assertThat(data.countries()).containsExactly(new LuccaCountry(1, "Belgique", "BEL"));
    }

    @Test
    void whatThePersonCannotBeReadOfStaysEmpty() {
        LuccaUser manager = directory(Map.of()).data(List.of(MANAGER), List.of(), List.of(), List.of(), List.of())
                .users().get(0);

        assertThat(manager.dtContractStart()).isNull();
        assertThat(manager.department()).isNull();
        assertThat(manager.personalEmail()).isNull();
        assertThat(manager.habilitedRoles()).isEmpty();
    }

    @Test
    void anEmployeeWithoutANumericIdIsAnAnswerTheConnectorCannotUse() {
        assertThatThrownBy(() -> directory(Map.of()).data(List.of(json("{\"id\": \"abc\"}")), List.of(), List.of(),
                List.of(), List.of())).isInstanceOf(LuccaUnusableAnswerException.class).hasMessageContaining("not a number");
    }

    @Test
    void aCustomFieldsKindAndTypeComeFromTheSchemaOfItsValues() {
        assertThat(LuccaApiDirectory.definition(json("""
                {"id": "e_badge", "name": "Badge issued on", "schema": {"type": "string", "format": "date"}}""")))
                .isEqualTo(new LuccaExtendedDataDefinition("e_badge", "Badge issued on", "simple", "date"));
        assertThat(LuccaApiDirectory.definition(json("""
                {"id": "e_km", "name": "Commute", "schema": {"type": "number"}}""")).type()).isEqualTo("number");
        assertThat(LuccaApiDirectory.definition(json("""
                {"id": "e_size", "name": "Size", "schema": {"type": "object",
                 "properties": {"id": {"type": "integer"}, "name": {"type": "string"}}}}""")).kind()).isEqualTo("compound");
        assertThat(LuccaApiDirectory.definition(json("""
                {"id": "e_contact", "name": "Contact", "schema": {"type": "object",
                 "properties": {"phone": {"type": "string"}}}}""")).kind()).isEqualTo("configurableCompound");
        assertThat(LuccaApiDirectory.definition(json("""
                {"id": "e_langs", "schema": {"type": "array", "items": {"type": "object"}}}""")))
                .isEqualTo(new LuccaExtendedDataDefinition("e_langs", "e_langs", "multipleOccurrences", null));
        assertThat(LuccaApiDirectory.definition(json("{\"id\": \"e_odd\", \"schema\": {\"type\": \"null\"}}")).kind())
                .as("a shape the connector does not know is not synchronised").isEqualTo("configurableCompound");
    }

    @Test
    void countriesTakeTheirFrenchNameFromTheirCode() {
        assertThat(LuccaApiDirectory.countryName("CHE")).isEqualTo("Suisse");
        assertThat(LuccaApiDirectory.countryName("ZZZ")).isEqualTo("ZZZ");
    }

    private static LuccaApiDirectory directory(Map<Long, JsonObject> records) {
        return new LuccaApiDirectory(PARIS, Map.of(154L, EMPLOYMENT), Map.of(74L, POSITION), records,
                Map.of(416L, json("{\"e_bloodType\": \"AB\"}")));
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
