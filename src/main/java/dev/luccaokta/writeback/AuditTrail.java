package dev.luccaokta.writeback;

import dev.luccaokta.tenant.AuditEntry;
import dev.luccaokta.tenant.AuditOutcome;
import dev.luccaokta.tenant.AuditRepository;
import dev.luccaokta.web.LogLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records every write attempt in the tenant's audit trail, whatever its outcome, each row in its own transaction so
 * that a failed write is still on record. A write Lucca is asked to apply is recorded before Lucca is called
 * ({@link #begin}) and completed after, so that no change reaches Lucca without a row. What Okta sent is cut to the
 * row's columns, the row saying where. A refusal repeated identically within {@code audit.repeatWindowMinutes} counts
 * in the row it repeats; the write-back policy's refusals do whatever the user, the row keeping the first one's id. Storing the end of an applied write may fail: that is logged, never thrown, so that Okta
 * still learns the change was applied.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

    /** Outcomes that changed nothing and cost Lucca nothing: Okta may repeat them without bound. */
    private static final Set<AuditOutcome> MERGED = Set.of(AuditOutcome.REFUSED, AuditOutcome.INVALID);
    /**
     * The write-back policy's refusals (switch off, key lacking a permission): about the tenant, not the user, so
     * merged whatever the user id, lest each id Okta or a token holder tries adds a row.
     */
    private static final Set<AuditOutcome> MERGED_FOR_ANY_USER = Set.of(AuditOutcome.REFUSED);

    /** Room for one before or after value, far above any Lucca field. */
    private static final int MAX_VALUE = 2_000;

    private final AuditRepository audit;
    private final long repeatWindowMinutes;

    @Inject
    public AuditTrail(AuditRepository audit,
                      @ConfigProperty(name = "audit.repeatWindowMinutes", defaultValue = "60") long repeatWindowMinutes) {
        this.audit = audit;
        this.repeatWindowMinutes = repeatWindowMinutes;
    }

    /** For the container's proxy, which hands every call to an instance made with the constructor above. */
    protected AuditTrail() {
        this(null, 0);
    }

    /**
     * Stores the attempt as {@link AuditOutcome#PENDING} before Lucca is called.
     *
     * @return the row's id, for {@link #complete}
     * @throws RuntimeException when it cannot be stored: the write must then not be sent
     */
    String begin(WriteAttempt attempt, ChangePlan plan) {
        AuditEntry entry = entry(attempt, plan, null, AuditOutcome.PENDING, null);
        audit.add(entry);
        return entry.getId();
    }

    /** The end of a {@link #begin begun} attempt; a failure to store it is logged, the row staying PENDING. */
    void complete(WriteAttempt attempt, String entryId, Integer luccaStatus, AuditOutcome outcome, String detail) {
        try {
            if (!audit.complete(entryId, luccaStatus, outcome, detail)) {
                LOG.warning(() -> LogLine.of("audit-row-gone", "id", attempt.requestId(), "tenant", attempt.tenantId()));
            }
        } catch (RuntimeException e) {
            failedToStore(attempt, outcome, luccaStatus, e);
            return;
        }
        logged(attempt, outcome, luccaStatus);
    }

    /**
     * An attempt that ended before Lucca was asked to write: stored at once, or counted as a repeat of the same
     * refusal. A failure to store it is logged, not thrown: Okta's answer is the attempt's own.
     *
     * @param plan        the planned changes and ignored values, null when the request was refused before planning
     * @param luccaStatus Lucca's answer, null when Lucca was not asked or did not answer
     */
    void record(WriteAttempt attempt, ChangePlan plan, Integer luccaStatus, AuditOutcome outcome, String detail) {
        AuditEntry entry = entry(attempt, plan, luccaStatus, outcome, detail);
        try {
            if (MERGED.contains(outcome)) {
                audit.addOrRepeat(entry, OffsetDateTime.now().minusMinutes(repeatWindowMinutes),
                        MERGED_FOR_ANY_USER.contains(outcome));
            } else {
                audit.add(entry);
            }
        } catch (RuntimeException e) {
            failedToStore(attempt, outcome, luccaStatus, e);
            return;
        }
        logged(attempt, outcome, luccaStatus);
    }

    private static AuditEntry entry(WriteAttempt attempt, ChangePlan plan, Integer luccaStatus, AuditOutcome outcome,
                                    String detail) {
        List<FieldChange> changes = plan == null ? List.of() : plan.changes();
        List<IgnoredAttribute> ignored = plan == null ? List.of() : plan.ignored();
        return new AuditEntry(attempt.tenantId(), attempt.requestId(), attempt.operation(), attempt.userId(),
                cappedArray(changes, AuditTrail::changeJson),
                cappedArray(ignored, value -> Json.createObjectBuilder().add("attribute", capped(value.attribute()))
                        .add("reason", capped(value.reason())).build()),
                luccaStatus, outcome, detail);
    }

    /**
     * The items as a JSON array within the column; past it, the items that fit and a last one whose attribute says
     * how many were left out.
     */
    private static <T> String cappedArray(List<T> items, Function<T, JsonObject> json) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        // Keeps room for the closing item.
        int room = AuditEntry.MAX_JSON - 200;
        int used = 2;
        for (int i = 0; i < items.size(); i++) {
            JsonObject item = json.apply(items.get(i));
            used += item.toString().length() + 1;
            if (used > room) {
                return array.add(Json.createObjectBuilder().add("attribute", (items.size() - i) + " more not stored "
                        + AuditEntry.TRUNCATED).add("reason", "past the room of an audit row")).build().toString();
            }
            array.add(item);
        }
        return array.build().toString();
    }

    private static JsonObject changeJson(FieldChange change) {
        JsonObjectBuilder row = Json.createObjectBuilder().add("attribute", capped(change.attribute())).add("field", change.field());
        addNullable(row, "before", capped(change.before()));
        addNullable(row, "after", capped(change.after()));
        return row.build();
    }

    private static String capped(String value) {
        return AuditEntry.capped(value, MAX_VALUE);
    }

    private static void addNullable(JsonObjectBuilder row, String name, String value) {
        if (value == null) {
            row.addNull(name);
        } else {
            row.add(name, value);
        }
    }

    private static void logged(WriteAttempt attempt, AuditOutcome outcome, Integer luccaStatus) {
        // The detail stays in the audit row: Lucca's words may quote the values sent.
        LOG.info(() -> LogLine.of("write", "id", attempt.requestId(), "tenant", attempt.tenantId(), "operation",
                attempt.operation(), "user", attempt.userId(), "outcome", outcome, "luccaStatus", luccaStatus));
    }

    /** The write's outcome stays known through the log when its row could not be stored. */
    private static void failedToStore(WriteAttempt attempt, AuditOutcome outcome, Integer luccaStatus, RuntimeException e) {
        LOG.log(Level.SEVERE, LogLine.of("audit-not-stored", "id", attempt.requestId(), "tenant", attempt.tenantId(),
                "operation", attempt.operation(), "user", attempt.userId(), "outcome", outcome, "luccaStatus", luccaStatus,
                "error", e.getClass().getSimpleName()));
    }
}
