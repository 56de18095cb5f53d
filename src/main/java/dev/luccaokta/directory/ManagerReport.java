package dev.luccaokta.directory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The manager checks of one snapshot: how many people were checked, how many warnings of each reason there are, and
 * the first ones listed (at most the limit asked, optionally of one reason only).
 *
 * <pre>{@code
 * ManagerReport report = ManagerChecks.of(snapshot, Optional.empty(), 200);
 * int cycles = report.counts().get(ManagerWarning.Reason.MANAGER_CYCLE);
 * }</pre>
 *
 * @param managerSent whether the tenant's selection sends the manager to Okta; without it there is nothing to check
 * @param checked     the people listed to Okta
 * @param counts      every reason, with the number of people it concerns (zero included)
 * @param total       the warnings of every reason; a person may have two (a cycle through an inactive manager)
 * @param warnings    the first warnings in Lucca id order, of the reason asked if any, at most the limit asked
 */
@Schema(name = "ManagerWarnings")
public record ManagerReport(
        @Schema(description = "When the snapshot checked was built") Instant snapshotBuiltAt,
        @Schema(description = "whether the selection sends the manager to Okta (without it, nothing to check)")
        boolean managerSent,
        @Schema(description = "The people listed to Okta") int checked,
        @Schema(description = "Every reason with the number of its warnings, zero included")
        Map<ManagerWarning.Reason, Integer> counts,
        @Schema(description = "every warning; a person in a cycle whose manager is inactive has two") int total,
        @Schema(description = "The first warnings (of the reason asked, if any), in Lucca id order, at most limit")
        List<ManagerWarning> warnings) {
}
