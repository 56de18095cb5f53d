package dev.luccaokta.lucca;

import static dev.luccaokta.lucca.FakeLucca.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Lucca's history of events, and employees re-read by id, through Lucca's current API. */
class LuccaApiReaderTest {

    private static final String EVENTS = "https://acme.ilucca.net/lucca-api/events";
    private static final Set<LuccaScope> BASIC = EnumSet.of(LuccaScope.EMPLOYEES, LuccaScope.EMPLOYMENTS,
            LuccaScope.JOB_POSITIONS);
    private static final LuccaDirectoryData ORGANISATION = new LuccaDirectoryData(List.of(),
            List.of(new LuccaDepartment(32, "Payroll", null, null, true)),
            List.of(new LuccaEstablishment(5, "Lyon", null, 2L, false)), List.of(), List.of(), List.of());

    private final FakeLucca lucca = new FakeLucca();

    @Test
    void eventsArePagedByTheirNextLinksWithATokenForTheWebhookScope() {
        lucca.answer = sent -> sent.param("page") == null
                ? page(List.of(event("1"), event("2")), EVENTS + "?status=failed&page=%21p2")
                : page(List.of(event("3")), null);
        List<String> seen = new ArrayList<>();

        boolean whole = lucca.reader.events(FakeLucca.acme(BASIC), "failed", 5, e -> seen.add(e.getString("id")));

        assertThat(whole).isTrue();
        assertThat(seen).containsExactly("1", "2", "3");
        assertThat(lucca.sent).allSatisfy(sent -> {
            assertThat(sent.param("collection")).isEqualTo("events");
            assertThat(sent.param("status")).isEqualTo("failed");
            assertThat(sent.param("limit")).isEqualTo("100");
            assertThat(sent.param("include")).isEqualTo("links");
        });
        assertThat(lucca.sent).extracting(sent -> sent.param("page")).containsExactly(null, "!p2");
        assertThat(lucca.tokensAsked).containsOnly(Set.of(LuccaScope.WEBHOOK_ENDPOINTS));
    }

    @Test
    void eventsStopAfterTheLastPageAllowedAndSaySoMoreRemain() {
        lucca.answer = sent -> page(List.of(event("x")), EVENTS + "?page=" + (lucca.sent.size() + 1));

        boolean whole = lucca.reader.events(FakeLucca.acme(BASIC), "delivered", 2, e -> { });

        assertThat(whole).isFalse();
        assertThat(lucca.sent).hasSize(2);
    }

    @Test
    void anEventsLinkAwayFromTheEventsOrAPageWithoutItemsStopsTheRead() {
        lucca.answer = sent -> page(List.of(event("1")), "https://acme.ilucca.net/lucca-api/employees?page=2");
        assertThatThrownBy(() -> lucca.reader.events(FakeLucca.acme(BASIC), null, 5, e -> { }))
                .isInstanceOf(LuccaUnusableAnswerException.class);

        lucca.answer = sent -> Json.createObjectBuilder().add("items", "none").build();
        assertThatThrownBy(() -> lucca.reader.events(FakeLucca.acme(BASIC), null, 5, e -> { }))
                .isInstanceOf(LuccaUnusableAnswerException.class);
    }

    @Test
    void anEventStatusLuccaDoesNotFilterByIsRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> lucca.reader.events(FakeLucca.acme(BASIC), "lost", 5, e -> { }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(lucca.sent).isEmpty();
    }

    @Test
    void twoHundredFiftyEmployeesAreReReadInThreeCallsOfAtMostOneHundredIds() {
        lucca.answer = this::directory;
        List<Long> ids = LongStream.rangeClosed(1, 250).boxed().toList();

        List<LuccaUser> users = lucca.reader.employees(FakeLucca.acme(BASIC), ids, Set.of(), ORGANISATION, Map.of());

        assertThat(users).hasSize(250);
        assertThat(lucca.sent).hasSize(3).allSatisfy(sent -> {
            assertThat(sent.param("collection")).isEqualTo("employees");
            assertThat(sent.param("status")).isEqualTo("active,upcoming,deactivated");
            assertThat(sent.param("include")).isEqualTo("embedded");
        });
        assertThat(lucca.sent).extracting(sent -> sent.param("id").split(",").length).containsExactly(100, 100, 50);
    }

    @Test
    void employeesLuccaDoesNotReturnAreAbsent() {
        lucca.answer = sent -> "employees".equals(sent.param("collection"))
                ? employeesPage(List.of(employee(416, null)), false) : page(List.of(), null);

        List<LuccaUser> users = lucca.reader.employees(FakeLucca.acme(BASIC), List.of(416L, 417L), Set.of(),
                ORGANISATION, Map.of());

        assertThat(users).extracting(LuccaUser::id).containsExactly(416L);
    }

    @Test
    void aReReadEmployeeIsMappedAsAFullReadMapsThemWithTheOrganisationsNames() {
        lucca.answer = this::directory;

        LuccaUser user = lucca.reader.employees(FakeLucca.acme(BASIC), List.of(416L), Set.of(), ORGANISATION, Map.of())
                .get(0);

        assertThat(user.firstName()).isEqualTo("Given416");
        assertThat(user.jobTitle()).isEqualTo("Title 416");
        assertThat(user.department()).isEqualTo(new LuccaRef(32L, "Payroll"));
        assertThat(user.legalEntity()).isEqualTo(new LuccaRef(5L, "Lyon"));
        assertThat(user.dtContractStart()).isNotNull();
    }

    @Test
    void aManagerIsNamedFromTheReReadEmployeesElseFromTheNamesAlreadyKnown() {
        lucca.answer = sent -> "employees".equals(sent.param("collection"))
                ? employeesPage(List.of(employee(416, 7L), employee(7, 8L)), true) : page(List.of(), null);

        List<LuccaUser> users = lucca.reader.employees(FakeLucca.acme(BASIC), List.of(416L, 7L), Set.of(),
                ORGANISATION, Map.of(7L, "Old Name", 8L, "Grace Hopper"));

        assertThat(users).filteredOn(user -> user.id() == 416).singleElement()
                .satisfies(user -> assertThat(user.manager()).isEqualTo(new LuccaRef(7L, "Given7 Family7")));
        assertThat(users).filteredOn(user -> user.id() == 7).singleElement()
                .satisfies(user -> assertThat(user.manager()).isEqualTo(new LuccaRef(8L, "Grace Hopper")));
    }

    @Test
    void employmentsAndPositionsThePageDidNotEmbedAreFetchedByIdLists() {
        lucca.answer = sent -> switch (sent.param("collection")) {
            case "employees" -> employeesPage(List.of(employee(416, null), employee(417, null)), false);
            case "employments" -> page(List.of(employment(416), employment(417)), null);
            case "job-positions" -> page(List.of(position(416, null), position(417, null)), null);
            default -> page(List.of(), null);
        };

        List<LuccaUser> users = lucca.reader.employees(FakeLucca.acme(BASIC), List.of(416L, 417L), Set.of(),
                ORGANISATION, Map.of());

        assertThat(users).extracting(LuccaUser::jobTitle).containsExactlyInAnyOrder("Title 416", "Title 417");
        assertThat(lucca.sentTo("employments")).singleElement()
                .satisfies(sent -> assertThat(sent.param("id")).isEqualTo("1416,1417"));
        assertThat(lucca.sentTo("job-positions")).singleElement()
                .satisfies(sent -> assertThat(sent.param("id")).isEqualTo("2416,2417"));
    }

    @Test
    void personalRecordsAndCustomFieldsAreAskedForOnlyWhenTheScopesAndTheSelectionNeedThem() {
        lucca.answer = this::directory;
        LuccaInstance basic = FakeLucca.acme(BASIC);
        lucca.reader.employees(basic, List.of(416L), Set.of("e_bloodType"), ORGANISATION, Map.of());
        EnumSet<LuccaScope> all = EnumSet.copyOf(BASIC);
        all.addAll(List.of(LuccaScope.PERSONAL_RECORDS, LuccaScope.EMPLOYEE_ATTRIBUTES));
        lucca.reader.employees(FakeLucca.acme(all), List.of(416L), Set.of(), ORGANISATION, Map.of());

        assertThat(lucca.sentTo("employee-personal-records")).hasSize(1);
        assertThat(lucca.sentTo("employee-attributes")).isEmpty();
    }

    @Test
    void personalRecordsAndCustomFieldsOfTheReReadEmployeesAreReadByTheirIds() {
        lucca.answer = this::directory;
        EnumSet<LuccaScope> scopes = EnumSet.copyOf(BASIC);
        scopes.addAll(List.of(LuccaScope.PERSONAL_RECORDS, LuccaScope.EMPLOYEE_ATTRIBUTES));

        LuccaUser user = lucca.reader.employees(FakeLucca.acme(scopes), List.of(416L), Set.of("e_bloodType"),
                ORGANISATION, Map.of()).get(0);

        assertThat(user.personalEmail()).isEqualTo("416@home.example");
        assertThat(user.extendedData().getString("e_bloodType")).isEqualTo("AB");
        assertThat(lucca.sentTo("employee-personal-records")).singleElement()
                .satisfies(sent -> assertThat(sent.param("employee.id")).isEqualTo("416"));
        assertThat(lucca.sentTo("employee-attributes")).singleElement().satisfies(sent -> {
            assertThat(sent.param("employee.id")).isEqualTo("416");
            assertThat(sent.param("definition.id")).isEqualTo("e_bloodType");
            assertThat(sent.param("applicability.asOf")).isEqualTo("2026-03-10");
        });
    }

    @Test
    void noIdsNeedNoCall() {
        assertThat(lucca.reader.employees(FakeLucca.acme(BASIC), List.of(), Set.of(), ORGANISATION, Map.of())).isEmpty();
        assertThat(lucca.sent).isEmpty();
    }

    @Test
    void theScopesLackingAreAskedAmongTheReadScopesAloneNeverTheWebhookScope() {
        lucca.reader.scopesLacking(FakeLucca.acme(BASIC));

        assertThat(lucca.tokensAsked).containsExactly(LuccaScope.reads());
        assertThat(LuccaScope.reads()).doesNotContain(LuccaScope.WEBHOOK_ENDPOINTS)
                .hasSize(LuccaScope.values().length - 1);
    }

    /** A Lucca whose employees are those asked for, each with their employment, position, record and attribute. */
    private JsonObject directory(FakeLucca.Sent sent) {
        List<Long> employees = sent.param("employee.id") == null ? List.of()
                : Arrays.stream(sent.param("employee.id").split(",")).map(Long::valueOf).toList();
        return switch (sent.param("collection")) {
            case "employees" -> employeesPage(Arrays.stream(sent.param("id").split(","))
                    .map(id -> employee(Long.parseLong(id), null)).toList(), true);
            case "employee-personal-records" -> page(employees.stream().map(id -> Json.createObjectBuilder()
                    .add("id", "9" + id).add("employee", ref(id)).add("email", id + "@home.example").build()).toList(), null);
            case "employee-attributes" -> page(employees.stream().map(id -> Json.createObjectBuilder()
                    .add("employee", ref(id)).add("definition", Json.createObjectBuilder().add("id", "e_bloodType"))
                    .add("value", "AB").build()).toList(), null);
            default -> page(List.of(), null);
        };
    }

    private static JsonObject employeesPage(List<JsonObject> employees, boolean embedded) {
        JsonObjectBuilder page = Json.createObjectBuilder(page(employees, null));
        if (embedded) {
            JsonObjectBuilder employments = Json.createObjectBuilder();
            JsonObjectBuilder positions = Json.createObjectBuilder();
            employees.forEach(e -> {
                long id = Long.parseLong(e.getString("id"));
                employments.add(Long.toString(1000 + id), employment(id));
                Long manager = e.containsKey("manager") ? e.getJsonNumber("manager").longValue() : null;
                positions.add(Long.toString(2000 + id), position(id, manager));
            });
            page.add("embedded", Json.createObjectBuilder().add("employment", employments).add("job-position", positions));
        }
        return page.build();
    }

    /** Employee {@code id}, employment {@code 1000 + id}, job position {@code 2000 + id}. */
    private static JsonObject employee(long id, Long manager) {
        JsonObjectBuilder employee = Json.createObjectBuilder().add("id", Long.toString(id)).add("type", "employee")
                .add("givenName", "Given" + id).add("familyName", "Family" + id).add("status", "active")
                .add("applicableEmployment", ref(1000 + id)).add("applicableJobPosition", ref(2000 + id));
        if (manager != null) {
            // Not Lucca's: where the test keeps the manager its embedded position names.
            employee.add("manager", manager);
        }
        return employee.build();
    }

    private static JsonObject employment(long employee) {
        return Json.createObjectBuilder().add("id", Long.toString(1000 + employee))
                .add("start", Json.createObjectBuilder().add("date", "2020-01-06")).build();
    }

    private static JsonObject position(long employee, Long manager) {
        JsonObjectBuilder position = Json.createObjectBuilder().add("id", Long.toString(2000 + employee))
                .add("jobTitle", "Title " + employee).add("department", ref(32)).add("businessEstablishment", ref(5));
        if (manager != null) {
            position.add("manager", ref(manager));
        }
        return position.build();
    }

    private static JsonObjectBuilder ref(long id) {
        return Json.createObjectBuilder().add("id", Long.toString(id));
    }

    private static JsonObject event(String id) {
        return Json.createObjectBuilder().add("id", id).add("type", "event").add("topic", "employee.updated")
                .add("occurredAt", "2026-03-10T08:34:20Z").add("data", Json.createObjectBuilder().add("id", "416"))
                .build();
    }
}
