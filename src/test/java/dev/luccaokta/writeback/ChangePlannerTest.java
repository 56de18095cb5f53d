package dev.luccaokta.writeback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import dev.luccaokta.directory.PropertyCatalogue;
import dev.luccaokta.directory.TenantView;
import dev.luccaokta.lucca.LuccaExtendedDataDefinition;
import dev.luccaokta.lucca.LuccaInstance;
import dev.luccaokta.scim.protocol.RequestBodies;
import dev.luccaokta.tenant.UserNameSource;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangePlannerTest {

    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    private static final PropertyCatalogue CATALOGUE = PropertyCatalogue.of(List.of(
            new LuccaExtendedDataDefinition("e_bloodType", "Blood type", "simple", "string")));

    private static final String CURRENT = """
            {"id":"7","userName":"ana.lima","active":true,
             "name":{"givenName":"Ana","familyName":"Lima","formatted":"Ana Lima"},"displayName":"Ana Lima",
             "emails":[{"value":"ana@acme.example","type":"work","primary":true}],"title":"Clerk",
             "phoneNumbers":[{"value":"+33 1 00 00 00 01","type":"work"}],
             "%s":{"birthDate":"1990-02-03","department":"Sales","e_bloodType":"A+"},
             "meta":{"resourceType":"User","version":"W/\\"a\\""}}""".formatted(ENTERPRISE);

    private static ChangePlan plan(Set<String> selection, UserNameSource source, String desired, boolean strict)
            throws BadRequestException {
        return planner(selection, source, true).plan(RequestBodies.object(CURRENT), RequestBodies.object(desired), strict);
    }

    private static ChangePlanner planner(Set<String> selection, UserNameSource source, boolean loginAndMail) {
        TenantView tenant = new TenantView("t", new LuccaInstance(URI.create("http://lucca.example"), "key"), selection,
                Set.of(), 30, source, Duration.ofMinutes(10));
        return new ChangePlanner(WriteBindings.of(tenant, loginAndMail), new AttributeRules(tenant, CATALOGUE, loginAndMail));
    }

    private static ChangePlan plan(String desired, boolean strict) throws BadRequestException {
        return plan(Set.of("jobTitle", "directLine", "birthDate", "department", "e_bloodType"), UserNameSource.LOGIN, desired, strict);
    }

    private static String with(String from, String to) {
        assertThat(CURRENT).contains(from);
        return CURRENT.replace(from, to);
    }

    @Test
    void onlyTheWritableValuesThatDifferGoToLuccaUnderLuccasNames() throws BadRequestException {
        ChangePlan plan = plan(with("\"Clerk\"", "\"Lead\"").replace("\"Ana\",", "\"Anna\","), false);

        assertThat(plan.changes()).containsExactly(
                new FieldChange("name.givenName", "firstName", "Ana", "Anna"),
                new FieldChange("title", "jobTitle", "Clerk", "Lead"));
        assertThat(plan.luccaBody().toString()).isEqualTo("{\"firstName\":\"Anna\",\"jobTitle\":\"Lead\"}");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void datesTravelAsLuccaDateTimesAndEmptyValuesClear() throws BadRequestException {
        ChangePlan plan = plan(with("\"1990-02-03\"", "\"1991-12-31\"").replace("\"Clerk\"", "\"\""), false);

        assertThat(plan.luccaBody().toString()).isEqualTo("{\"jobTitle\":null,\"birthDate\":\"1991-12-31T00:00:00\"}");
        assertThatThrownBy(() -> plan(with("\"1990-02-03\"", "\"31/12/1991\""), false))
                .isInstanceOfSatisfying(BadRequestException.class,
                        e -> assertThat(e.getScimError().getScimType()).isEqualTo("invalidValue"));
    }

    @Test
    void aPutIgnoresWhatLuccaCannotTakeAndSaysWhy() throws BadRequestException {
        ChangePlan plan = plan(with("\"displayName\":\"Ana Lima\"", "\"displayName\":\"Boss\"")
                .replace("\"Sales\"", "\"Board\"").replace("\"A+\"", "\"O-\"").replace("\"active\":true", "\"active\":false")
                .replace("\"title\"", "\"nickName\":\"Nana\",\"title\""), false);

        assertThat(plan.changesNothing()).isTrue();
        assertThat(plan.ignored()).extracting(IgnoredAttribute::attribute).containsExactlyInAnyOrder(
                "displayName", "active", "nickName", ENTERPRISE + ":department", ENTERPRISE + ":e_bloodType");
        assertThat(plan.ignored()).extracting(IgnoredAttribute::reason).anySatisfy(r -> assertThat(r).contains("compound"))
                .anySatisfy(r -> assertThat(r).contains("extended data")).anySatisfy(r -> assertThat(r).contains("contract"));
    }

    @Test
    void aPatchRefusesWhatLuccaCannotTakeButLetsActiveThroughAsANoOp() throws BadRequestException {
        assertThatThrownBy(() -> plan(with("\"Sales\"", "\"Board\""), true))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.getScimError().getScimType()).isEqualTo("mutability");
                    assertThat(e.getMessage()).contains("department", "compound");
                });
        ChangePlan inactive = plan(with("\"active\":true", "\"active\":false"), true);

        assertThat(inactive.changesNothing()).isTrue();
        assertThat(inactive.ignored()).extracting(IgnoredAttribute::attribute).containsExactly("active");
    }

    @Test
    void aDisplayNameMatchingTheNewNamesIsNoAttemptToWriteIt() throws BadRequestException {
        ChangePlan plan = plan(with("\"Ana\",", "\"Anna\",").replace("\"Ana Lima\"", "\"Anna Lima\""), true);

        assertThat(plan.changes()).extracting(FieldChange::field).containsExactly("firstName");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void propertiesTheTenantDoesNotSynchroniseAreNotWritten() throws BadRequestException {
        ChangePlan plan = plan(Set.of(), UserNameSource.LOGIN, with("\"Clerk\"", "\"Lead\""), false);

        assertThat(plan.changesNothing()).isTrue();
        assertThat(plan.ignored()).singleElement().satisfies(ignored -> {
            assertThat(ignored.attribute()).isEqualTo("title");
            assertThat(ignored.reason()).contains("not synchronised for this tenant");
        });
    }

    @Test
    void withMailAsUserNameTheUserNameWritesTheMailAndMustAgreeWithTheEmail() throws BadRequestException {
        String mailAsUserName = CURRENT.replace("\"ana.lima\"", "\"ana@acme.example\"");
        ChangePlanner planner = planner(Set.of(), UserNameSource.MAIL, true);

        ChangePlan both = planner.plan(RequestBodies.object(mailAsUserName),
                RequestBodies.object(mailAsUserName.replace("ana@acme.example", "ana.lima@acme.example")), false);

        assertThat(both.luccaBody().toString()).isEqualTo("{\"mail\":\"ana.lima@acme.example\"}");
        assertThatThrownBy(() -> planner.plan(RequestBodies.object(mailAsUserName), RequestBodies.object(
                mailAsUserName.replace("\"userName\":\"ana@acme.example\"", "\"userName\":\"other@acme.example\"")
                        .replace("\"value\":\"ana@acme.example\"", "\"value\":\"third@acme.example\"")), false))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("different values");
    }

    @Test
    void withoutTheTenantsOptInAPutIgnoresLoginAndMailAndSaysWhy() throws BadRequestException {
        for (UserNameSource source : UserNameSource.values()) {
            String desired = with("\"ana.lima\"", "\"ana.new\"").replace("ana@acme.example", "boss@acme.example")
                    .replace("\"Clerk\"", "\"Lead\"");

            ChangePlan plan = planner(Set.of("jobTitle"), source, false)
                    .plan(RequestBodies.object(CURRENT), RequestBodies.object(desired), false);

            assertThat(plan.luccaBody().toString()).isEqualTo("{\"jobTitle\":\"Lead\"}");
            assertThat(plan.ignored()).extracting(IgnoredAttribute::attribute).containsExactlyInAnyOrder("userName", "emails");
            assertThat(plan.ignored()).allSatisfy(ignored -> assertThat(ignored.reason()).contains("loginMailWriteBack"));
        }
    }

    @Test
    void withoutTheTenantsOptInAPatchOfTheMailIsRefusedAsMutability() {
        String desired = with("ana@acme.example", "boss@acme.example");

        assertThatThrownBy(() -> planner(Set.of(), UserNameSource.LOGIN, false)
                .plan(RequestBodies.object(CURRENT), RequestBodies.object(desired), true))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("emails").hasMessageContaining("opts in");
    }
}
