package dev.luccaokta.sandbox.webhooks;

import dev.luccaokta.sandbox.data.Dataset;
import dev.luccaokta.sandbox.data.Employee;
import dev.luccaokta.sandbox.generator.DatasetGenerator;
import dev.luccaokta.sandbox.json.LuccaApiJson;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventFanOutTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);
    private static final Dataset DATASET = DatasetGenerator.generate(50, 42, TODAY);
    private static final LuccaApiJson JSON = new LuccaApiJson(URI.create("https://acme.ilucca.net/lucca-api"),
            DATASET.organization(), TODAY, ZoneOffset.UTC);
    private static final Employee PERSON = DATASET.employees().get(9);

    private static List<String> topics(List<EventDraft> drafts) {
        return drafts.stream().map(EventDraft::topic).toList();
    }

    @Test
    void aHireMakesTheEmployeeItsEmploymentAndItsJobPosition() {
        List<EventDraft> drafts = EventFanOut.between(JSON, null, PERSON);

        assertThat(topics(drafts)).containsExactly("employee.created", "employment.created", "job-position.created");
        assertThat(drafts.get(0).data()).isEqualTo(JSON.employee(PERSON));
        assertThat(drafts).allSatisfy(draft -> {
            assertThat(draft.previousAttributes()).isNull();
            assertThat(draft.establishmentId()).isEqualTo(PERSON.legalEntityId());
        });
    }

    @Test
    void aRenameUpdatesOnlyTheEmployeeAndTellsThePreviousName() {
        Employee renamed = PERSON.toBuilder().firstName("Zoé").modifiedOn(PERSON.modifiedOn().plusDays(1)).build();

        List<EventDraft> drafts = EventFanOut.between(JSON, PERSON, renamed);

        assertThat(topics(drafts)).containsExactly("employee.updated");
        assertThat(drafts.get(0).previousAttributes().keySet()).containsExactly("givenName");
        assertThat(drafts.get(0).previousAttributes().getString("givenName")).isEqualTo(PERSON.firstName());
        assertThat(drafts.get(0).data()).isEqualTo(JSON.employee(renamed));
    }

    @Test
    void aNewJobTitleOrDepartmentUpdatesTheJobPosition() {
        int otherDepartment = PERSON.departmentId() == 2 ? 3 : 2;
        Employee moved = PERSON.toBuilder().jobTitle("Chef de projet").departmentId(otherDepartment).build();

        List<EventDraft> drafts = EventFanOut.between(JSON, PERSON, moved);

        assertThat(topics(drafts)).containsExactly("job-position.updated");
        assertThat(drafts.get(0).previousAttributes().keySet()).containsExactlyInAnyOrder("jobTitle", "department");
    }

    @Test
    void aContractEndUpdatesTheEmploymentAndTheJobPositionThatEndsWithIt() {
        Employee leaving = PERSON.toBuilder().dtContractEnd(TODAY.plusMonths(1)).build();

        List<EventDraft> drafts = EventFanOut.between(JSON, PERSON, leaving);

        assertThat(topics(drafts)).containsExactly("employment.updated", "job-position.updated");
        assertThat(drafts.get(0).previousAttributes().keySet()).containsExactly("end");
    }

    @Test
    void aChangeThatOnlyStampsTheFileMakesNoEvent() {
        Employee stamped = PERSON.toBuilder().personalEmail("new@home.example")
                .modifiedOn(PERSON.modifiedOn().plusDays(1)).build();

        assertThat(EventFanOut.between(JSON, PERSON, stamped)).isEmpty();
    }
}
