package dev.luccaokta.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PreviewedRecordTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    @Test
    void aLegacyRecordKeepsTheMandatoryAndSelectedPropertiesAndSelectedCustomFieldsOnly() {
        JsonObject record = json("{'id':7,'login':'ana','firstName':'Ana','lastName':'Lima','mail':'ana@acme.example',"
                + "'modifiedOn':'2026-01-02T03:04:05','jobTitle':'Clerk','birthDate':'1990-02-03T00:00:00',"
                + "'theoreticalCompensation':{'amount':50000},'extendedData':{'e_bloodType':{'value':'A+'},'e_tShirtSize':{'value':'M'}}}");

        JsonObject shown = PreviewedRecord.of(Set.of("jobTitle", "e_tShirtSize")).legacy(record);

        assertThat(shown.keySet()).containsExactlyInAnyOrder("id", "login", "firstName", "lastName", "mail", "modifiedOn",
                "jobTitle", "extendedData");
        assertThat(shown.getJsonObject("extendedData").keySet()).containsExactly("e_tShirtSize");
    }

    @Test
    void anEmployeeOfTheCurrentApiKeepsItsIdentifiersAndTheFieldsOfShownPropertiesOnly() {
        JsonObject employee = json("{'id':'7','type':'employee','url':'u','status':'active','givenName':'Ana',"
                + "'familyName':'Lima','email':'ana@acme.example','employeeNumber':'X1','phoneNumber':'+33100000000',"
                + "'birthDay':{'day':3,'month':2},'remoteId':'r-7','portrait':{'id':'p'}}");

        JsonObject shown = PreviewedRecord.of(Set.of("employeeNumber")).luccaApi(employee);

        assertThat(shown.keySet()).containsExactlyInAnyOrder("id", "type", "url", "status", "givenName", "familyName",
                "email", "employeeNumber");
        assertThat(PreviewedRecord.of(Set.of("birthDate", "directLine")).luccaApi(employee).keySet())
                .contains("birthDay", "phoneNumber").doesNotContain("employeeNumber", "remoteId", "portrait");
    }
}
