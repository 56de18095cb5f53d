package dev.luccaokta.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditEntryTest {

    @Test
    void everyTextIsCutToItsColumnAndSaysSo() {
        AuditEntry entry = new AuditEntry("t", "r".repeat(300), "PATCH", "9".repeat(500), "[]", "[]", null,
                AuditOutcome.INVALID, "d".repeat(5_000));

        assertThat(entry.getRequestId()).hasSize(100).endsWith(AuditEntry.TRUNCATED);
        assertThat(entry.getUserId()).hasSize(100).endsWith(AuditEntry.TRUNCATED);
        assertThat(entry.getDetail()).hasSize(1000).startsWith("ddd").endsWith(AuditEntry.TRUNCATED);
        assertThat(entry.getRepeatCount()).isEqualTo(1);
        assertThat(entry.getLastRecordedAt()).isEqualTo(entry.getRecordedAt());
    }

    @Test
    void aCutNeverSplitsACharacterAndShortColumnsAreCutPlain() {
        String emoji = "a".repeat(86) + "😀".repeat(20);

        assertThat(AuditEntry.capped(emoji, 100)).isEqualTo("a".repeat(86) + AuditEntry.TRUNCATED);
        assertThat(AuditEntry.capped("PATCHPATCHPATCH", 10)).isEqualTo("PATCHPATCH");
        assertThat(AuditEntry.capped(null, 10)).isNull();
        assertThat(AuditEntry.capped("short", 10)).isEqualTo("short");
    }

    @Test
    void jsonPastItsColumnIsReplacedByAValidArraySayingSo() {
        String huge = "[" + "1,".repeat(60_000) + "1]";

        AuditEntry entry = new AuditEntry("t", "r", "PUT", "1", huge, "[]", 200, AuditOutcome.APPLIED, null);

        assertThat(entry.getChanges()).startsWith("[{").contains(AuditEntry.TRUNCATED).endsWith("}]");
        assertThat(entry.getIgnored()).isEqualTo("[]");
    }
}
