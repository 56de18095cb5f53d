package dev.luccaokta.sandbox.data;

import dev.luccaokta.sandbox.generator.DatasetGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmployeeDirectoryTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);
    private static final LocalDateTime NOW = LocalDateTime.of(2025, 3, 14, 9, 30);

    private EmployeeDirectory directory;

    @BeforeEach
    void generate() {
        directory = new EmployeeDirectory(DatasetGenerator.generate(200, 42, TODAY));
    }

    private static UserPatch patch(WritableField field, Object value) {
        Map<WritableField, Object> values = new EnumMap<>(WritableField.class);
        values.put(field, value);
        return new UserPatch(values);
    }

    private Employee apply(int id, UserPatch patch) {
        return directory.update(id, current -> patch.applyTo(current, directory.organization(), NOW)).orElseThrow();
    }

    @Test
    void anUpdateReplacesTheFileAndStampsIt() {
        Employee updated = apply(10, patch(WritableField.JOB_TITLE, "Chef de projet"));

        assertThat(updated.jobTitle()).isEqualTo("Chef de projet");
        assertThat(updated.modifiedOn()).isEqualTo(NOW);
        assertThat(directory.find(10)).contains(updated);
    }

    @Test
    void snapshotsTakenBeforeAnUpdateDoNotChange() {
        List<Employee> snapshot = directory.snapshot();
        Employee before = snapshot.get(9);

        apply(10, patch(WritableField.JOB_TITLE, "Chef de projet"));

        assertThat(before.id()).isEqualTo(10);
        assertThat(snapshot.get(9)).isSameAs(before);
        assertThat(directory.snapshot().get(9).jobTitle()).isEqualTo("Chef de projet");
    }

    @Test
    void loginsAndMailsStayUniqueIgnoringCase() {
        String takenLogin = directory.find(1).orElseThrow().login().toUpperCase();
        String takenMail = directory.find(2).orElseThrow().mail();

        assertThatThrownBy(() -> apply(10, patch(WritableField.LOGIN, takenLogin)))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("already used by user 1");
        assertThatThrownBy(() -> apply(10, patch(WritableField.MAIL, takenMail)))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("already used by user 2");
    }

    @Test
    void theManagerMustExistAndMustNotReportToTheUser() {
        assertThatThrownBy(() -> apply(10, patch(WritableField.MANAGER_ID, 9999)))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("no such user");
        assertThatThrownBy(() -> apply(3, patch(WritableField.MANAGER_ID, 1)))
                .as("user 1 reports, through the hierarchy, to the chief executive 3")
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("managing themselves");
        assertThat(apply(10, patch(WritableField.MANAGER_ID, null)).managerId()).isNull();
    }

    @Test
    void aRefusedUpdateChangesNothing() {
        Map<WritableField, Object> values = new EnumMap<>(WritableField.class);
        values.put(WritableField.JOB_TITLE, "Chef de projet");
        values.put(WritableField.DEPARTMENT_ID, 999);
        Employee before = directory.find(10).orElseThrow();

        assertThatThrownBy(() -> apply(10, new UserPatch(values))).isInstanceOf(InvalidDataException.class);
        assertThat(directory.find(10)).contains(before);
    }

    @Test
    void resetBringsBackTheGeneratedData() {
        Employee original = directory.find(10).orElseThrow();
        apply(10, patch(WritableField.JOB_TITLE, "Chef de projet"));

        directory.reset();

        assertThat(directory.find(10)).contains(original);
    }

    @Test
    void concurrentUpdatesOfDifferentUsersAreAllKept() throws Exception {
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                int firstId = 10 + writer * 20;
                done.add(pool.submit(() -> {
                    for (int id = firstId; id < firstId + 20; id++) {
                        apply(id, patch(WritableField.JOB_TITLE, "Title " + id));
                        assertThat(directory.snapshot()).hasSize(200);
                    }
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(directory.snapshot().subList(9, 169))
                .allSatisfy(e -> assertThat(e.jobTitle()).isEqualTo("Title " + e.id()));
    }

    @Test
    void unknownIdsAreNotFound() {
        assertThat(directory.find(0)).isEmpty();
        assertThat(directory.find(201)).isEmpty();
        assertThat(directory.update(201, current -> current)).isEmpty();
    }

    @Test
    void hiresGetTheNextIdsAndAFreeLoginAndResetDropsThem() {
        Map<WritableField, Object> fields = new EnumMap<>(WritableField.class);
        fields.put(WritableField.FIRST_NAME, "Éloïse");
        fields.put(WritableField.LAST_NAME, "O'Connor");
        fields.put(WritableField.DEPARTMENT_ID, 2);
        fields.put(WritableField.LEGAL_ENTITY_ID, 1);
        List<Employee> told = new ArrayList<>();

        Employee first = directory.hire(new Hire(fields, TODAY, null), NOW, (before, after) -> told.add(after));
        Employee second = directory.hire(new Hire(fields, TODAY, null), NOW, (before, after) -> told.add(after));

        assertThat(first.id()).isEqualTo(201);
        assertThat(second.id()).isEqualTo(202);
        assertThat(second.login()).isEqualTo(first.login() + "2");
        assertThat(told).containsExactly(first, second);
        assertThat(directory.find(202)).contains(second);
        directory.reset();
        assertThat(directory.find(201)).isEmpty();
    }

    @Test
    void aHireWithoutDepartmentOrEndingBeforeItStartsIsRefused() {
        Map<WritableField, Object> fields = new EnumMap<>(WritableField.class);
        fields.put(WritableField.FIRST_NAME, "Ada");
        fields.put(WritableField.LAST_NAME, "Lovelace");
        fields.put(WritableField.LEGAL_ENTITY_ID, 1);

        assertThatThrownBy(() -> new Hire(fields, TODAY, null)).hasMessageContaining("departmentId");
        fields.put(WritableField.DEPARTMENT_ID, 2);
        assertThatThrownBy(() -> new Hire(fields, TODAY, TODAY.minusDays(1))).hasMessageContaining("before it starts");
    }
}
