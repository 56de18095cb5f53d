package dev.luccaokta.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit purge over a trail whose backlog is larger than one transaction should hold. */
class JpaAuditRepositoryTest {

    private final List<Integer> transactions = new ArrayList<>();
    private int backlog = 2_500;
    private final JpaAuditRepository repository = new JpaAuditRepository(new AuditPurgeBatch() {
        @Override
        public int delete(OffsetDateTime cutoff, int size) {
            int deleted = Math.min(size, backlog);
            backlog -= deleted;
            transactions.add(deleted);
            return deleted;
        }
    });

    @Test
    void aLargeBacklogIsDeletedInBatchesOfAThousandUntilNoneIsLeft() {
        int deleted = repository.deleteRecordedBefore(OffsetDateTime.now().minusDays(365));

        assertThat(deleted).isEqualTo(2_500);
        assertThat(backlog).isZero();
        assertThat(transactions).containsExactly(1_000, 1_000, 500, 0);
    }
}
