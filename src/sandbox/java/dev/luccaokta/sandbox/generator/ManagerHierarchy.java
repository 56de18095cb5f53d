package dev.luccaokta.sandbox.generator;

import dev.luccaokta.sandbox.data.Department;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Works out who manages whom. In each department the current employee with the lowest id is its head; the other
 * current members form a tree below the head with at most {@value #SPAN} direct reports each, in id order. A head
 * reports to the head of the nearest parent department that has one; the head of the top department reports to
 * nobody. Former and future employees report to their department's head, so every manager is a current employee
 * and the hierarchy has no cycle.
 */
final class ManagerHierarchy {
    static final int SPAN = 8;

    private final Integer[] managers;

    /**
     * @param departments the department tree
     * @param departmentOf the department of each employee, indexed by id - 1
     * @param current whether each employee is a current employee, indexed by id - 1
     */
    ManagerHierarchy(List<Department> departments, int[] departmentOf, boolean[] current) {
        Map<Integer, Department> tree = new HashMap<>();
        departments.forEach(department -> tree.put(department.id(), department));
        Map<Integer, List<Integer>> members = new HashMap<>();
        int[] rank = new int[departmentOf.length];
        for (int index = 0; index < departmentOf.length; index++) {
            if (current[index]) {
                List<Integer> colleagues = members.computeIfAbsent(departmentOf[index], key -> new ArrayList<>());
                rank[index] = colleagues.size();
                colleagues.add(index + 1);
            }
        }
        managers = new Integer[departmentOf.length];
        for (int index = 0; index < departmentOf.length; index++) {
            Department department = tree.get(departmentOf[index]);
            List<Integer> colleagues = members.getOrDefault(department.id(), List.of());
            if (current[index] && rank[index] > 0) {
                managers[index] = colleagues.get((rank[index] - 1) / SPAN);
            } else if (!current[index] && !colleagues.isEmpty()) {
                managers[index] = colleagues.get(0);
            } else {
                managers[index] = headAbove(department, tree, members);
            }
        }
    }

    /** The manager of the employee with this id, or null for the top of the hierarchy. */
    Integer managerOf(int id) {
        return managers[id - 1];
    }

    private static Integer headAbove(Department department, Map<Integer, Department> tree,
                                     Map<Integer, List<Integer>> members) {
        Integer parentId = department.parentId();
        while (parentId != null) {
            List<Integer> parentMembers = members.get(parentId);
            if (parentMembers != null) {
                return parentMembers.get(0);
            }
            parentId = tree.get(parentId).parentId();
        }
        return null;
    }
}
