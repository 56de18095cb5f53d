package dev.luccaokta.directory;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
@Schema(name = "ManagerWarning")
public record ManagerWarning(Reason reason, String detail, Person person, Manager manager,
                             @Schema(description = "The person's enterprise extension manager as Okta receives it")
                             ServedManager oktaReceives,
                             @Schema(description = "For a cycle: the ids from the person up their managers until it "
                                     + "closes, at most 20")
                             List<String> cycle,
                             @Schema(description = "For a cycle: how many people it holds (1: someone managing themselves)")
                             Integer cycleLength) {

    /** Why Okta cannot use the manager it receives. */
    @Schema(name = "ManagerWarningReason", description = "MANAGER_NOT_LISTED: the manager is not among the people listed "
            + "to Okta (Lucca did not return them to this tenant's key or client: another establishment than the client "
            + "may see, someone deleted; or they left longer ago than the grace period), so Okta receives an id none of "
            + "its users has. MANAGER_INACTIVE: the manager is listed with active false (contract ended or not started). "
            + "MANAGER_CYCLE: the chain of managers comes back to the person")
    public enum Reason {
        /** Not among the people listed to Okta: Lucca did not return them to this tenant, or they left past the grace period. */
        MANAGER_NOT_LISTED,
        /** Listed, but with {@code active: false}: their contract ended, or has not started. */
        MANAGER_INACTIVE,
        /** The chain of managers comes back to the person. */
        MANAGER_CYCLE
    }

    /** The person as listed to Okta. */
    @Schema(name = "ManagerWarningPerson")
    public record Person(@Schema(description = "The Lucca id (the SCIM id)") String id, String userName,
                         String displayName, boolean active) {
    }

    /**
     * The manager as Lucca names them.
     *
     * @param id     their Lucca id
     * @param name   "First Last" when known (Lucca's current API leaves out the name of someone the client cannot see)
     * @param active whether Okta receives them as active; null when they are not listed
     */
    @Schema(name = "ManagerWarningManager", description = "The manager as Lucca names them")
    public record Manager(@Schema(description = "Their Lucca id") String id,
                          @Schema(description = "First Last, when known (Lucca's current API does not name someone the "
                                  + "client cannot see)") String name,
                          @Schema(description = "whether Okta imports them") boolean listed,
                          @Schema(description = "whether Okta receives them as active; only when listed") Boolean active) {
    }

    /** The enterprise extension's {@code manager} as served to Okta: the id it points to and the name shown. */
    @Schema(name = "ServedManager")
    public record ServedManager(String value, String displayName) {
    }
}
