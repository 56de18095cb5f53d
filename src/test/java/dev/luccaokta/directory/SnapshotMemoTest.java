package dev.luccaokta.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SnapshotMemoTest {

    @Test
    void aValueIsWorkedOutOncePerSnapshot() {
        SnapshotMemo memo = new SnapshotMemo();
        List<String> computed = new ArrayList<>();

        memo.remembered("sort", () -> add(computed, "sort"));
        memo.remembered("sort", () -> add(computed, "sort"));
        memo.rememberedAcross("filter", earlier -> add(computed, "filter"));
        memo.rememberedAcross("filter", earlier -> add(computed, "filter"));

        assertThat(computed).containsExactly("sort", "filter");
    }

    @Test
    void theNextSnapshotStartsFromTheLatestCarriedValueOnceAndNotFromOthers() {
        SnapshotMemo first = new SnapshotMemo();
        first.rememberedAcross("filter", earlier -> "first");
        first.remembered("sort", () -> "first order");
        SnapshotMemo second = first.carried();
        SnapshotMemo third = second.carried();

        assertThat(third.<String>rememberedAcross("filter", this::startedFrom)).isEqualTo("from first");
        assertThat(third.<String>remembered("sort", () -> "worked out again")).isEqualTo("worked out again");
        assertThat(third.carried().<String>rememberedAcross("filter", this::startedFrom)).isEqualTo("from from first");
    }

    @Test
    void onlyTheMostRecentlyUsedFewAreCarried() {
        SnapshotMemo memo = new SnapshotMemo();
        for (int i = 0; i < 8; i++) {
            String value = "value " + i;
            memo.rememberedAcross("key " + i, earlier -> value);
            if (i == 5) {
                memo.rememberedAcross("key 0", earlier -> "not worked out again");
            }
        }
        SnapshotMemo next = memo.carried();

        assertThat(next.<String>rememberedAcross("key 0", this::startedFrom)).isEqualTo("from value 0");
        assertThat(next.<String>rememberedAcross("key 3", this::startedFrom)).isEqualTo("from value 3");
        assertThat(next.<String>rememberedAcross("key 1", this::startedFrom)).isEqualTo("from nothing");
        assertThat(next.<String>rememberedAcross("key 2", this::startedFrom)).isEqualTo("from nothing");
    }

    private String startedFrom(Optional<String> earlier) {
        return "from " + earlier.orElse("nothing");
    }

    private static String add(List<String> computed, String value) {
        computed.add(value);
        return value;
    }
}
