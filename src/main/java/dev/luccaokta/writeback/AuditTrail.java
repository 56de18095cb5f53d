package dev.luccaokta.writeback;

import dev.luccaokta.tenant.AuditEntry;
import dev.luccaokta.tenant.AuditOutcome;
import dev.luccaokta.tenant.AuditRepository;
import dev.luccaokta.web.LogLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.logging.Logger;

/**
 * Records every write attempt in the tenant's audit trail, whatever its outcome. The row is stored in its own
 * transaction, so a failed write is still on record.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

    @Inject
    AuditRepository audit;

    /**
     * @param plan        the planned changes and ignored values, null when the request was refused before planning
     * @param luccaStatus Lucca's answer to the write, null when Lucca was not asked or did not answer
     */
    void record(WriteAttempt attempt, ChangePlan plan, Integer luccaStatus, AuditOutcome outcome, String detail) {
        List<FieldChange> changes = plan == null ? List.of() : plan.changes();
        List<IgnoredAttribute> ignored = plan == null ? List.of() : plan.ignored();
        audit.add(new AuditEntry(attempt.tenantId(), attempt.requestId(), attempt.operation(), attempt.userId(),
                changesJson(changes), ignoredJson(ignored), luccaStatus, outcome, detail));
        // The detail stays in the audit row: Lucca's words may quote the values sent.
        LOG.info(() -> LogLine.of("write", "id", attempt.requestId(), "tenant", attempt.tenantId(), "operation",
                attempt.operation(), "user", attempt.userId(), "outcome", outcome, "luccaStatus", luccaStatus));
    }

    private static String changesJson(List<FieldChange> changes) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        changes.forEach(change -> {
            JsonObjectBuilder row = Json.createObjectBuilder().add("attribute", change.attribute()).add("field", change.field());
            addNullable(row, "before", change.before());
            addNullable(row, "after", change.after());
            array.add(row);
        });
        return array.build().toString();
    }

    private static String ignoredJson(List<IgnoredAttribute> ignored) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        ignored.forEach(value -> array.add(Json.createObjectBuilder().add("attribute", value.attribute()).add("reason", value.reason())));
        return array.build().toString();
    }

    private static void addNullable(JsonObjectBuilder row, String name, String value) {
        if (value == null) {
            row.addNull(name);
        } else {
            row.add(name, value);
        }
    }
}
