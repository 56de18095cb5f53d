package dev.luccaokta.directory;

import static dev.luccaokta.directory.TestLucca.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luccaokta.lucca.LuccaUser;
import dev.luccaokta.tenant.UserNameSource;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class UserMapperTest {

    private static final String ENTERPRISE = ScimNames.ENTERPRISE_SCHEMA;
    private static final Set<String> EVERYTHING = Set.of("jobTitle", "directLine", "professionalMobile", "address",
            "culture", "employeeNumber", "department", "legalEntity", "manager", "csp", "habilitedRoles",
            "dtContractStart", "birthDate", "theoreticalCompensation", "e_bloodType", "e_badgeIssuedOn", "e_hasCompanyCar",
            "e_tShirtSize", "e_emergencyContact", "e_languages");

    @Test
    void mandatoryPropertiesAndDisplayNameAreAlwaysWritten() {
        ObjectNode scim = map(Set.of(), UserNameSource.LOGIN, TestLucca.user(7, "Éloïse", "O'Connor", TODAY.minusYears(2), null));

        assertThat(scim.path("userName").asText()).isEqualTo("éloïse.o'connor");
        assertThat(scim.path("name").path("givenName").asText()).isEqualTo("Éloïse");
        assertThat(scim.path("name").path("familyName").asText()).isEqualTo("O'Connor");
        assertThat(scim.path("displayName").asText()).isEqualTo("Éloïse O'Connor");
        assertThat(scim.path("name").path("formatted").asText()).isEqualTo("Éloïse O'Connor");
        assertThat(scim.path("emails").get(0).path("value").asText()).isEqualTo("éloïse@acme.example");
        assertThat(scim.path("emails").get(0).path("primary").asBoolean()).isTrue();
        assertThat(scim.has("title")).isFalse();
        assertThat(scim.has(ENTERPRISE)).isFalse();
        assertThat(scim.path("schemas")).hasSize(1);
    }

    @Test
    void lastModifiedIsAnInstantWithOffsetAndNoCreationDateIsInvented() {
        ObjectNode meta = (ObjectNode) map(Set.of(), UserNameSource.LOGIN, TestLucca.user(7, "Ada", "Byron", TODAY.minusYears(2), null))
                .path("meta");

        assertThat(meta.path("lastModified").asText()).isEqualTo(TODAY.minusYears(2) + "T00:00:00+01:00");
        assertThat(meta.has("created")).isFalse();
    }

    @Test
    void userNameCanComeFromTheMail() {
        ObjectNode scim = map(Set.of(), UserNameSource.MAIL, TestLucca.user(7, "Ada", "Byron", TODAY.minusYears(2), null));

        assertThat(scim.path("userName").asText()).isEqualTo("ada@acme.example");
    }

    @Test
    void activeMeansTheContractRunsToday() {
        assertThat(active(TODAY, null)).isTrue();
        assertThat(active(TODAY.minusYears(1), TODAY)).isTrue();
        assertThat(active(TODAY.minusYears(1), TODAY.minusDays(1))).isFalse();
        assertThat(active(TODAY.plusDays(1), null)).isFalse();
    }

    @Test
    void leaversAreListedDuringTheGracePeriodOnly() {
        UserMapper mapper = mapper(Set.of(), UserNameSource.LOGIN);

        assertThat(mapper.map(TestLucca.user(1, "A", "B", TODAY.minusYears(3), TODAY.minusDays(90)))).isPresent();
        assertThat(mapper.map(TestLucca.user(1, "A", "B", TODAY.minusYears(3), TODAY.minusDays(91)))).isEmpty();
    }

    @Test
    void selectedStandardPropertiesLandOnCoreEnterpriseAndCustomAttributes() {
        ObjectNode scim = map(EVERYTHING, UserNameSource.LOGIN, TestLucca.user(5, "Jean-Baptiste", "Núñez", TODAY.minusYears(2), null));
        JsonNode enterprise = scim.path(ENTERPRISE);

        assertThat(scim.path("title").asText()).isEqualTo("Engineer");
        assertThat(scim.path("phoneNumbers")).extracting(phone -> phone.path("type").asText()).containsExactly("work", "mobile");
        assertThat(scim.path("addresses").get(0).path("formatted").asText()).isEqualTo("1 rue de la Paix, Paris");
        assertThat(scim.path("preferredLanguage").asText()).isEqualTo("fr-FR");
        assertThat(enterprise.path("employeeNumber").asText()).isEqualTo("E5");
        assertThat(enterprise.path("department").asText()).isEqualTo("Tech");
        assertThat(enterprise.path("division").asText()).isEqualTo("Paris");
        assertThat(enterprise.path("organization").asText()).isEqualTo("Acme SAS");
        assertThat(enterprise.path("manager").path("value").asText()).isEqualTo("1");
        assertThat(enterprise.path("manager").path("displayName").asText()).isEqualTo("Ada Lovelace");
        assertThat(enterprise.path("csp").asText()).isEqualTo("Cadre");
        assertThat(enterprise.path("cspId").asLong()).isEqualTo(2);
        assertThat(enterprise.path("habilitedRoles")).extracting(JsonNode::asText).containsExactly("Collaborateur", "Manager");
        assertThat(enterprise.path("dtContractStart").asText()).isEqualTo(TODAY.minusYears(2).toString());
        assertThat(enterprise.path("birthDate").asText()).isEqualTo("1990-05-17");
        assertThat(enterprise.path("theoreticalCompensation").decimalValue()).isEqualByComparingTo("52000");
        assertThat(enterprise.path("theoreticalCompensationCurrency").asText()).isEqualTo("EUR");
        assertThat(scim.path("schemas")).extracting(JsonNode::asText).containsExactly(ScimNames.USER_SCHEMA, ENTERPRISE);
    }

    @Test
    void extendedDataIsSentByKindAndRefusedKindsAreLeftOut() {
        JsonNode enterprise = map(EVERYTHING, UserNameSource.LOGIN, TestLucca.user(5, "A", "B", TODAY.minusYears(2), null))
                .path(ENTERPRISE);

        assertThat(enterprise.path("e_bloodType").asText()).isEqualTo("AB-");
        assertThat(enterprise.path("e_badgeIssuedOn").asText()).isEqualTo("2020-02-03");
        assertThat(enterprise.path("e_hasCompanyCar").isBoolean()).isTrue();
        assertThat(enterprise.path("e_tShirtSize").asText()).isEqualTo("L");
        assertThat(enterprise.path("e_tShirtSizeId").asLong()).isEqualTo(4);
        assertThat(enterprise.has("e_emergencyContact")).isFalse();
        assertThat(enterprise.has("e_languages")).isFalse();
    }

    @Test
    void catalogueExplainsWhatCannotBeSynchronisedAndDeclaresCustomAttributes() {
        PropertyCatalogue catalogue = PropertyCatalogue.of(TestLucca.DEFINITIONS);

        assertThat(catalogue.entries()).filteredOn(CatalogueEntry::mandatory).extracting(CatalogueEntry::code)
                .containsExactly("login", "firstName", "lastName", "mail");
        assertThat(catalogue.entries()).filteredOn(e -> !e.synchronisable()).extracting(CatalogueEntry::code)
                .containsExactly("e_emergencyContact", "e_languages");
        assertThat(catalogue.entries()).filteredOn(e -> e.code().equals("e_languages")).first()
                .satisfies(e -> assertThat(e.notSynchronisable()).hasValueSatisfying(r -> assertThat(r).contains("multiple")));
        assertThat(catalogue.customAttributes(EVERYTHING)).extracting(CustomAttribute::name)
                .contains("csp", "cspId", "dtContractStart", "e_bloodType", "e_tShirtSize", "e_tShirtSizeId")
                .doesNotContain("department", "e_emergencyContact", "e_languages");
        assertThat(catalogue.customAttributes(EVERYTHING)).filteredOn(a -> a.name().equals("e_hasCompanyCar"))
                .extracting(CustomAttribute::type).containsExactly("boolean");
    }

    @Test
    void everyPropertyOktaMayWriteIsWrittenToOktaWhereTheTableSaysOktaSendsItBack() {
        LuccaUser user = TestLucca.user(5, "Ada", "Byron", TODAY.minusYears(2), null);
        LuccaUser everyValue = new LuccaUser(user.id(), user.firstName(), user.lastName(), user.login(), user.mail(),
                user.modifiedOn(), user.dtContractStart(), user.dtContractEnd(), user.birthDate(), user.seniorityDate(),
                user.employeeNumber(), user.jobTitle(), user.gender(), user.nationality(), user.directLine(),
                user.professionalMobile(), "+33 7 00 00 00 05", user.personalEmail(), user.address(), user.culture(),
                user.calendar(), user.legalEntity(), user.department(), user.manager(), user.csp(), user.rolePrincipal(),
                user.habilitedRoles(), user.extendedData(), user.theoreticalCompensation());
        Set<String> writable = PropertyCatalogue.writable().stream().map(WritableProperty::code).collect(Collectors.toSet());

        ObjectNode scim = map(writable, UserNameSource.LOGIN, everyValue);

        assertThat(PropertyCatalogue.writable()).extracting(WritableProperty::code)
                .containsExactlyInAnyOrderElementsOf(PropertyCatalogue.of(TestLucca.DEFINITIONS).entries().stream()
                        .filter(CatalogueEntry::writableFromOkta).map(CatalogueEntry::code).toList());
        assertThat(PropertyCatalogue.writable()).allSatisfy(property -> assertThat(property.slot().read(scim))
                .as(property.code() + " at " + property.slot().path()).isNotNull());
        assertThat(PropertyCatalogue.writable()).filteredOn(p -> p.code().equals("birthDate")).first()
                .satisfies(birthDate -> assertThat(birthDate.slot().read(scim).asText()).isEqualTo("1990-05-17"));
    }

    private static boolean active(LocalDate start, LocalDate end) {
        return mapper(Set.of(), UserNameSource.LOGIN).active(TestLucca.user(1, "A", "B", start, end));
    }

    private static ObjectNode map(Set<String> selection, UserNameSource source, LuccaUser user) {
        Optional<ObjectNode> scim = mapper(selection, source).map(user);
        assertThat(scim).isPresent();
        return scim.get();
    }

    private static UserMapper mapper(Set<String> selection, UserNameSource source) {
        return new UserMapper(PropertyCatalogue.of(TestLucca.DEFINITIONS), TestLucca.tenant(selection, Set.of(), source),
                new OrgStructure(TestLucca.data(List.of())), TODAY, ZoneOffset.ofHours(1));
    }
}
