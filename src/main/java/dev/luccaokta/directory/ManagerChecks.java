package dev.luccaokta.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luccaokta.directory.ManagerWarning.Reason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the people whose manager Okta cannot use, from a snapshot's representations as Okta receives them: a manager
 * not listed to Okta (Okta gets an id none of its users has), a manager listed as inactive, and chains of managers
 * that come back to the person. One pass over the people and one over their chains, so a tenant of tens of thousands
 * answers at once; only the first warnings are listed, every one is counted.
 *
 * <pre>{@code
 * ManagerReport report = ManagerChecks.of(snapshot, Optional.of(Reason.MANAGER_CYCLE), 50);
 * }</pre>
 */
public final class ManagerChecks {

    /** The most warnings one report lists. */
    public static final int MAX_LISTED = 200;

    /** The most ids of one cycle a warning shows: its length says the rest. */
    public static final int CYCLE_IDS_SHOWN = 20;

    private static final int NO_MANAGER = -1;

    /** One listed person, with the manager their representation carries. */
    private record Listed(ManagerWarning.Person person, ManagerWarning.ServedManager manager) {
    }

    private ManagerChecks() {
    }

    /**
     * @param only  the reason whose warnings are listed; every reason when empty (all are counted either way)
     * @param limit how many warnings to list, 0 to {@link #MAX_LISTED}
     */
    public static ManagerReport of(DirectorySnapshot snapshot, Optional<Reason> only, int limit) {
        boolean managerSent = snapshot.view().selectedProperties().contains(StandardProperty.MANAGER.code());
        Checked checked = check(snapshot.users(), only, limit);
        return new ManagerReport(snapshot.builtAt(), managerSent, checked.people(), checked.counts(), checked.total(),
                checked.listed());
    }

    /** The outcome over some representations, before it is dated. */
    record Checked(int people, Map<Reason, Integer> counts, int total, List<ManagerWarning> listed) {
    }

    static Checked check(List<ObjectNode> users, Optional<Reason> only, int limit) {
        if (limit < 0 || limit > MAX_LISTED) {
            throw new IllegalArgumentException("At most " + MAX_LISTED + " warnings are listed, not " + limit);
        }
        List<Listed> people = new ArrayList<>(users.size());
        Map<String, Integer> positions = new HashMap<>(users.size() * 2);
        for (ObjectNode user : users) {
            Listed listed = listed(user);
            positions.put(listed.person().id(), people.size());
            people.add(listed);
        }
        int[] managers = new int[people.size()];
        for (int i = 0; i < managers.length; i++) {
            ManagerWarning.ServedManager manager = people.get(i).manager();
            managers[i] = manager == null ? NO_MANAGER : positions.getOrDefault(manager.value(), NO_MANAGER);
        }
        int[][] cycles = cycles(managers);

        Map<Reason, Integer> counts = new EnumMap<>(Reason.class);
        Arrays.stream(Reason.values()).forEach(reason -> counts.put(reason, 0));
        List<ManagerWarning> listed = new ArrayList<>();
        for (int i = 0; i < managers.length; i++) {
            for (ManagerWarning warning : warnings(people, managers, cycles, i)) {
                counts.merge(warning.reason(), 1, Integer::sum);
                if (listed.size() < limit && only.map(warning.reason()::equals).orElse(true)) {
                    listed.add(warning);
                }
            }
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return new Checked(people.size(), Collections.unmodifiableMap(counts), total, List.copyOf(listed));
    }

    private static List<ManagerWarning> warnings(List<Listed> people, int[] managers, int[][] cycles, int i) {
        Listed person = people.get(i);
        ManagerWarning.ServedManager served = person.manager();
        if (served == null) {
            return List.of();
        }
        int position = managers[i];
        if (position == NO_MANAGER) {
            ManagerWarning.Manager manager = new ManagerWarning.Manager(served.value(), served.displayName(), false, null);
            return List.of(new ManagerWarning(Reason.MANAGER_NOT_LISTED, "Manager " + named(manager) + " is not listed "
                    + "to Okta: Okta receives an id that none of the users it imports has", person.person(), manager,
                    served, null, null));
        }
        ManagerWarning.Person boss = people.get(position).person();
        String name = served.displayName() != null ? served.displayName() : boss.displayName();
        ManagerWarning.Manager manager = new ManagerWarning.Manager(served.value(), name, true, boss.active());
        List<ManagerWarning> found = new ArrayList<>(2);
        if (!boss.active()) {
            found.add(new ManagerWarning(Reason.MANAGER_INACTIVE, "Manager " + named(manager) + " is listed to Okta as "
                    + "inactive (their contract ended or has not started): Okta receives the id of a user it deactivates",
                    person.person(), manager, served, null, null));
        }
        if (cycles[i] != null) {
            int[] cycle = cycles[i];
            List<String> ids = new ArrayList<>();
            int start = indexOf(cycle, i);
            for (int step = 0; step < Math.min(cycle.length, CYCLE_IDS_SHOWN); step++) {
                ids.add(people.get(cycle[(start + step) % cycle.length]).person().id());
            }
            String detail = cycle.length == 1 ? "Their manager is themselves: Okta receives their own id as their manager"
                    : "Their chain of managers comes back to them (a cycle of " + cycle.length + " people): Okta "
                    + "receives a manager whose own managers lead back to this person";
            found.add(new ManagerWarning(Reason.MANAGER_CYCLE, detail, person.person(), manager, served,
                    List.copyOf(ids), cycle.length));
        }
        return found;
    }

    /**
     * For each person on a cycle, the cycle's people in the order managers are followed (one array shared by its
     * members); null for the others. Each chain is walked until someone walked before, so everyone is walked once.
     */
    private static int[][] cycles(int[] managers) {
        int[][] cycles = new int[managers.length][];
        int[] walkOf = new int[managers.length];
        Arrays.fill(walkOf, NO_MANAGER);
        int[] stepOf = new int[managers.length];
        int[] walk = new int[managers.length];
        for (int start = 0; start < managers.length; start++) {
            int steps = 0;
            int at = start;
            while (at != NO_MANAGER && walkOf[at] == NO_MANAGER) {
                walkOf[at] = start;
                stepOf[at] = steps;
                walk[steps++] = at;
                at = managers[at];
            }
            // Stopped on someone of this very walk: from them on, the walk went round.
            if (at != NO_MANAGER && walkOf[at] == start) {
                int[] cycle = Arrays.copyOfRange(walk, stepOf[at], steps);
                for (int member : cycle) {
                    cycles[member] = cycle;
                }
            }
        }
        return cycles;
    }

    private static Listed listed(ObjectNode user) {
        ManagerWarning.Person person = new ManagerWarning.Person(user.path("id").asText(), text(user, "userName"),
                text(user, "displayName"), user.path("active").asBoolean(false));
        JsonNode manager = user.path(ScimNames.ENTERPRISE_SCHEMA).path("manager");
        String value = text(manager, "value");
        return new Listed(person, value == null ? null : new ManagerWarning.ServedManager(value, text(manager, "displayName")));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    private static String named(ManagerWarning.Manager manager) {
        return manager.name() == null ? manager.id() : manager.id() + " (" + manager.name() + ")";
    }

    private static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        throw new IllegalArgumentException(value + " is not on the cycle");
    }
}
