package dev.luccaokta.directory;

import java.util.List;

/**
 * A person Okta receives with a manager it cannot use: one it never imports, one it has deactivated, or one whose own
 * managers lead back to the person. Says who the person is, who their manager is in Lucca, and the manager exactly as
 * Okta receives it in the person's representation.
 *
 * <pre>{@code
 * if (warning.reason() == ManagerWarning.Reason.MANAGER_NOT_LISTED) {
 *     log(warning.person().id() + " points Okta to " + warning.oktaReceives().value());
 * }
 * }</pre>
 *
 * @param cycle       for a cycle: the ids met from the person up their managers until it closes (the person first), at
 *                    most {@link ManagerChecks#CYCLE_IDS_SHOWN}; else null
 * @param cycleLength for a cycle: how many people it holds (1 for someone managing themselves); else null
 */
public record ManagerWarning(Reason reason, String detail, Person person, Manager manager, ServedManager oktaReceives,
                             List<String> cycle, Integer cycleLength) {

    /** Why Okta cannot use the manager it receives. */
    public enum Reason {
        /** Not among the people listed to Okta: Lucca did not return them to this tenant, or they left past the grace period. */
        MANAGER_NOT_LISTED,
        /** Listed, but with {@code active: false}: their contract ended, or has not started. */
        MANAGER_INACTIVE,
        /** The chain of managers comes back to the person. */
        MANAGER_CYCLE
    }

    /** The person as listed to Okta. */
    public record Person(String id, String userName, String displayName, boolean active) {
    }

    /**
     * The manager as Lucca names them.
     *
     * @param id     their Lucca id
     * @param name   "First Last" when known (Lucca's current API leaves out the name of someone the client cannot see)
     * @param active whether Okta receives them as active; null when they are not listed
     */
    public record Manager(String id, String name, boolean listed, Boolean active) {
    }

    /** The enterprise extension's {@code manager} as served to Okta: the id it points to and the name shown. */
    public record ServedManager(String value, String displayName) {
    }
}
