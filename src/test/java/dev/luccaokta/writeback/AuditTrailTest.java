package dev.luccaokta.writeback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luccaokta.tenant.AuditEntry;
import dev.luccaokta.tenant.AuditOutcome;
import dev.luccaokta.tenant.AuditPage;
import dev.luccaokta.tenant.AuditQuery;
import dev.luccaokta.tenant.AuditRepository;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AuditTrailTest {

    private static final WriteAttempt ATTEMPT = new WriteAttempt("tenant", "request", "PUT", "42");

    /** What the trail stored, and whether the database is failing. */
    private static final class Stored implements AuditRepository {
        final List<AuditEntry> added = new ArrayList<>();
        final List<AuditEntry> merged = new ArrayList<>();
        final List<AuditEntry> mergedForAnyUser = new ArrayList<>();
        boolean failing;

        @Override
        public void add(AuditEntry entry) {
            check();
            added.add(entry);
        }

        @Override
        public void addOrRepeat(AuditEntry entry, OffsetDateTime since, boolean anyUser) {
            check();
            merged.add(entry);
            if (anyUser) {
                mergedForAnyUser.add(entry);
            }
        }

        @Override
        public boolean complete(String entryId, Integer luccaStatus, AuditOutcome outcome, String detail) {
            check();
            return true;
        }

        @Override
        public int deleteRecordedBefore(OffsetDateTime cutoff) {
            return 0;
        }

        @Override
        public AuditPage find(String tenantId, AuditQuery query) {
            return new AuditPage(0, List.of());
        }

        private void check() {
            if (failing) {
                throw new IllegalStateException("database down");
            }
        }
    }

    private final Stored stored = new Stored();
    private final AuditTrail trail = new AuditTrail(stored, 60);

    @Test
    void aPlanPastTheColumnIsStoredAsTheItemsThatFitAndALastOneSayingHowManyWereLeftOut() {
        List<IgnoredAttribute> ignored = IntStream.range(0, 5_000)
                .mapToObj(i -> new IgnoredAttribute(String.format("x%04d", i), "Lucca has no property this connector maps to x" + i))
                .toList();
        ChangePlan plan = new ChangePlan(List.of(new FieldChange("title", "jobTitle", "a", "b".repeat(10_000))), ignored,
                Map.of("jobTitle", "b"));

        trail.begin(ATTEMPT, plan);

        AuditEntry entry = stored.added.get(0);
        assertThat(entry.getOutcome()).isEqualTo(AuditOutcome.PENDING);
        assertThat(entry.getIgnored()).hasSizeLessThanOrEqualTo(AuditEntry.MAX_JSON);
        JsonArray kept = array(entry.getIgnored());
        assertThat(kept.getJsonObject(0).getString("attribute")).isEqualTo("x0000");
        JsonObject last = kept.getJsonObject(kept.size() - 1);
        assertThat(last.getString("attribute")).isEqualTo((5_000 - kept.size() + 1) + " more not stored " + AuditEntry.TRUNCATED);
        assertThat(array(entry.getChanges()).getJsonObject(0).getString("after")).hasSize(2_000).endsWith(AuditEntry.TRUNCATED);
    }

    @Test
    void refusalsAreMergedAndOtherOutcomesAdded() {
        trail.record(ATTEMPT, null, null, AuditOutcome.REFUSED, "not enabled");
        trail.record(ATTEMPT, null, null, AuditOutcome.INVALID, "bad path");
        trail.record(ATTEMPT, null, 503, AuditOutcome.LUCCA_FAILED, "Lucca down");

        assertThat(stored.merged).extracting(AuditEntry::getOutcome).containsExactly(AuditOutcome.REFUSED, AuditOutcome.INVALID);
        assertThat(stored.added).extracting(AuditEntry::getOutcome).containsExactly(AuditOutcome.LUCCA_FAILED);
        assertThat(stored.mergedForAnyUser).as("the policy's refusals, about the tenant rather than the user")
                .extracting(AuditEntry::getOutcome).containsExactly(AuditOutcome.REFUSED);
    }

    @Test
    void aFailureToStoreTheEndOfAWriteIsNotThrownButAFailureToStoreItsStartIs() {
        stored.failing = true;

        trail.complete(ATTEMPT, "row", 200, AuditOutcome.APPLIED, null);
        trail.record(ATTEMPT, null, null, AuditOutcome.REFUSED, "not enabled");
        assertThatThrownBy(() -> trail.begin(ATTEMPT, new ChangePlan(List.of(), List.of(), Map.of())))
                .isInstanceOf(IllegalStateException.class);
    }

    private static JsonArray array(String json) {
        return Json.createReader(new StringReader(json)).readArray();
    }
}
