package dev.luccaokta.sandbox.generator;

import java.util.List;
import java.util.Set;

/**
 * Decides the roles of each employee: the first users are Okta administrators, a few HR staff are HR
 * administrators, anyone with direct reports is a manager and everyone else a plain employee. A manager whose
 * principal role is another one is also granted the manager role.
 */
final class RoleAssignment {
    private final int oktaAdministrators;
    private final Set<Integer> hrAdministrators;
    private final int[] directReports;

    RoleAssignment(int size, int oktaAdministrators, Set<Integer> hrAdministrators) {
        this.oktaAdministrators = oktaAdministrators;
        this.hrAdministrators = Set.copyOf(hrAdministrators);
        this.directReports = new int[size];
    }

    /** Records that someone reports to this manager (null: reports to nobody). */
    void countReport(Integer managerId) {
        if (managerId != null) {
            directReports[managerId - 1]++;
        }
    }

    int principalRole(int id) {
        if (id <= oktaAdministrators) {
            return OrganizationFixture.ROLE_OKTA_ADMIN;
        }
        if (hrAdministrators.contains(id)) {
            return OrganizationFixture.ROLE_HR_ADMIN;
        }
        return directReports[id - 1] > 0 ? OrganizationFixture.ROLE_MANAGER : OrganizationFixture.ROLE_EMPLOYEE;
    }

    List<Integer> habilitedRoles(int id) {
        int principal = principalRole(id);
        boolean alsoManager = directReports[id - 1] > 0 && principal != OrganizationFixture.ROLE_MANAGER;
        return alsoManager ? List.of(principal, OrganizationFixture.ROLE_MANAGER) : List.of(principal);
    }
}
