package dev.luccaokta.sandbox.generator;

import dev.luccaokta.sandbox.data.Dataset;
import dev.luccaokta.sandbox.data.Department;
import dev.luccaokta.sandbox.data.Employee;
import dev.luccaokta.sandbox.data.Establishment;
import dev.luccaokta.sandbox.data.ExtendedDataDefinition;
import dev.luccaokta.sandbox.data.ExtendedDataKind;
import dev.luccaokta.sandbox.data.ExtendedDataType;
import dev.luccaokta.sandbox.data.ExtendedValue;
import dev.luccaokta.sandbox.data.LegalUnit;
import dev.luccaokta.sandbox.data.Organization;
import dev.luccaokta.sandbox.data.Permission;
import dev.luccaokta.sandbox.data.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatasetGeneratorTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);
    private static Dataset tenThousand;

    @BeforeAll
    static void generateOnce() {
        tenThousand = DatasetGenerator.generate(10_000, 42, TODAY);
    }

    @Test
    void sameSeedSizeAndTodayGiveIdenticalData() {
        Dataset again = DatasetGenerator.generate(10_000, 42, TODAY);

        assertThat(again.employees()).hasSameSizeAs(tenThousand.employees());
        for (int i = 0; i < again.employees().size(); i++) {
            assertThat(fingerprint(again.employees().get(i))).isEqualTo(fingerprint(tenThousand.employees().get(i)));
        }
    }

    @Test
    void anotherSeedGivesOtherPeople() {
        Dataset other = DatasetGenerator.generate(10_000, 43, TODAY);

        long identical = 0;
        for (int i = 0; i < other.employees().size(); i++) {
            if (fingerprint(other.employees().get(i)).equals(fingerprint(tenThousand.employees().get(i)))) {
                identical++;
            }
        }
        assertThat(identical).isLessThan(10);
    }

    @Test
    void aboutThreePercentFormerAndTwoPercentFutureEmployees() {
        long former = tenThousand.employees().stream().filter(e -> e.isFormer(TODAY)).count();
        long future = tenThousand.employees().stream().filter(e -> e.isFuture(TODAY)).count();

        assertThat(former).isBetween(240L, 360L);
        assertThat(future).isBetween(150L, 250L);
    }

    @Test
    void contractDatesAreConsistent() {
        assertThat(tenThousand.employees()).allSatisfy(e -> {
            if (e.dtContractEnd() != null) {
                assertThat(e.dtContractEnd()).isAfterOrEqualTo(e.dtContractStart());
            }
            assertThat(e.seniorityDate()).isBeforeOrEqualTo(e.dtContractStart());
            assertThat(e.modifiedOn()).isBefore(TODAY.atStartOfDay());
        });
        assertThat(tenThousand.employees()).anyMatch(e -> !e.isFormer(TODAY) && e.dtContractEnd() != null);
    }

    @Test
    void fiftyThousandEmployeesCanBeGenerated() {
        Dataset big = DatasetGenerator.generate(50_000, 7, TODAY);

        assertThat(big.employees()).hasSize(50_000);
        assertThat(big.employees().get(49_999).id()).isEqualTo(50_000);
        assertThat(big.employees().stream().map(Employee::login).distinct().count()).isEqualTo(50_000);
    }

    @Test
    void sizeOutsideTheAcceptedRangeIsRefused() {
        assertThatThrownBy(() -> DatasetGenerator.generate(0, 42, TODAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DatasetGenerator.generate(DatasetGenerator.MAX_EMPLOYEES + 1, 42, TODAY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void loginsAndMailsAreUniqueAndPlainAscii() {
        List<Employee> employees = tenThousand.employees();

        assertThat(employees.stream().map(Employee::login).collect(Collectors.toSet())).hasSize(employees.size());
        assertThat(employees.stream().map(Employee::mail).collect(Collectors.toSet())).hasSize(employees.size());
        assertThat(employees).allSatisfy(e -> {
            assertThat(e.login()).matches("[a-z0-9-]+\\.[a-z0-9-]+");
            assertThat(e.mail()).isEqualTo(e.login() + "@sandbox-industries.example");
        });
    }

    @Test
    void namesIncludeAccentsHyphensAndApostrophes() {
        Set<String> names = tenThousand.employees().stream()
                .flatMap(e -> Stream.of(e.firstName(), e.lastName()))
                .collect(Collectors.toSet());

        assertThat(names).anyMatch(name -> name.matches(".*[éèêëïîôöüùçñ].*"));
        assertThat(names).anyMatch(name -> name.contains("-"));
        assertThat(names).anyMatch(name -> name.contains("'"));
        assertThat(names).contains("Éloïse", "Jean-Baptiste", "O'Connor", "Núñez-Vidal");
    }

    @Test
    void organisationSpansSeveralLegalUnitsCountriesAndLevels() {
        Organization organization = tenThousand.organization();

        assertThat(organization.legalUnits()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(organization.legalUnits().stream().map(LegalUnit::countryId).distinct().count())
                .isGreaterThanOrEqualTo(2);
        assertThat(organization.establishments()).filteredOn(Establishment::isArchived).hasSize(1);
        assertThat(organization.departments()).filteredOn(d -> !d.isActive()).hasSize(1);
        assertThat(organization.departments().stream().mapToInt(Department::level).max().orElse(0))
                .isGreaterThanOrEqualTo(3);
        assertThat(organization.departments()).filteredOn(d -> d.parentId() == null).hasSize(1);
        assertThat(organization.establishments()).allSatisfy(
                e -> assertThat(organization.legalUnit(e.legalUnitId())).isPresent());
    }

    @Test
    void departmentLevelsFollowTheTree() {
        Organization organization = tenThousand.organization();

        assertThat(organization.departments()).allSatisfy(d -> {
            int expected = d.parentId() == null ? 0 : organization.department(d.parentId()).orElseThrow().level() + 1;
            assertThat(d.level()).isEqualTo(expected);
        });
    }

    @Test
    void currentEmployeesWorkOnlyInOpenEstablishmentsAndActiveDepartments() {
        Organization organization = tenThousand.organization();

        assertThat(tenThousand.employees()).filteredOn(e -> !e.isFormer(TODAY)).allSatisfy(e -> {
            assertThat(organization.establishment(e.legalEntityId()).orElseThrow().isArchived()).isFalse();
            assertThat(organization.department(e.departmentId()).orElseThrow().isActive()).isTrue();
        });
        assertThat(tenThousand.employees()).anyMatch(
                e -> organization.establishment(e.legalEntityId()).orElseThrow().isArchived());
    }

    @Test
    void managersAreCurrentEmployeesAndTheHierarchyHasOneTopAndNoCycle() {
        Map<Integer, Employee> byId = tenThousand.employees().stream()
                .collect(Collectors.toMap(Employee::id, Function.identity()));

        assertThat(tenThousand.employees()).filteredOn(e -> e.managerId() == null)
                .extracting(Employee::id).containsExactly(3);
        for (Employee employee : tenThousand.employees()) {
            Set<Integer> seen = new HashSet<>();
            Integer managerId = employee.managerId();
            while (managerId != null) {
                assertThat(seen.add(managerId)).as("cycle above %s", employee).isTrue();
                Employee manager = byId.get(managerId);
                assertThat(manager.isFormer(TODAY) || manager.isFuture(TODAY)).isFalse();
                managerId = manager.managerId();
            }
        }
    }

    @Test
    void theTwoLowestIdsAreCurrentOktaAdministratorsAndOthersHoldRolesWithoutIt() {
        Organization organization = tenThousand.organization();
        Set<Integer> oktaRoles = organization.roles().stream()
                .filter(role -> role.grants(Permission.OKTA_ADMINISTER)).map(Role::id).collect(Collectors.toSet());

        List<Employee> administrators = tenThousand.employees().stream()
                .filter(e -> oktaRoles.contains(e.rolePrincipalId())).toList();

        assertThat(administrators).extracting(Employee::id).containsExactly(1, 2);
        assertThat(administrators).allSatisfy(e -> assertThat(e.isFormer(TODAY) || e.isFuture(TODAY)).isFalse());
        assertThat(tenThousand.employees().stream().map(Employee::rolePrincipalId).distinct().count())
                .isGreaterThanOrEqualTo(3);
        assertThat(tenThousand.employees()).allSatisfy(
                e -> assertThat(e.habilitedRoleIds()).contains(e.rolePrincipalId()));
    }

    @Test
    void extendedDataCoversEveryKindAndType() {
        Organization organization = tenThousand.organization();
        List<ExtendedDataDefinition> definitions = organization.extendedDataDefinitions();

        assertThat(definitions).extracting(ExtendedDataDefinition::kind).contains(ExtendedDataKind.values());
        assertThat(definitions).extracting(ExtendedDataDefinition::type).contains(ExtendedDataType.values());
        assertThat(definitions).allSatisfy(definition -> assertThat(tenThousand.employees())
                .anyMatch(e -> e.extendedData().containsKey(definition.code())));
        assertThat(tenThousand.employees()).anyMatch(e -> e.extendedData().get("e_languages")
                instanceof ExtendedValue.Occurrences occurrences && occurrences.items().size() > 1);
        assertThat(tenThousand.employees()).allSatisfy(e -> assertThat(e.theoreticalCompensation()).isNotNull());
    }

    private static String fingerprint(Employee e) {
        return String.join("|", String.valueOf(e.id()), e.firstName(), e.lastName(), e.login(),
                String.valueOf(e.dtContractStart()), String.valueOf(e.dtContractEnd()), String.valueOf(e.managerId()),
                String.valueOf(e.departmentId()), String.valueOf(e.legalEntityId()), String.valueOf(e.modifiedOn()),
                String.valueOf(e.extendedData()), String.valueOf(e.theoreticalCompensation()));
    }
}
