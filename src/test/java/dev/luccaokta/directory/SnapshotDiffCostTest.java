package dev.luccaokta.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luccaokta.lucca.LuccaUser;
import dev.luccaokta.tenant.ChangeKind;
import dev.luccaokta.tenant.GroupType;
import dev.luccaokta.tenant.UserNameSource;
import jakarta.json.Json;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What comparing two snapshots of 10,000 people costs, printed (a figure, not a test of time): two full reads (100
 * people changed, none, or 101 with the first), and 10 people changed by Lucca's events; and the safeguard's baseline
 * of those people (its size, writing it, checking a new read against it). Run with
 * {@code mvn -B -q test -Dtest=SnapshotDiffCostTest -Dbench.diff=true}.
 */
@EnabledIfSystemProperty(named = "bench.diff", matches = "true")
class SnapshotDiffCostTest {

    private static final int PEOPLE = 10_000;
    private static final int RUNS = 7;

    private final ScriptedDirectory lucca = new ScriptedDirectory();
    private final TenantView view = TestLucca.tenant(Set.of("jobTitle", "department", "manager", "employeeNumber"),
            Set.of(GroupType.LUCCA_DEPT, GroupType.LUCCA_ETS), UserNameSource.LOGIN);

    @Test
    void diffsOfTenThousandPeople() {
        List<LuccaUser> people = LongStream.rangeClosed(1, PEOPLE)
                .mapToObj(id -> TestLucca.user(id, "First" + id, "Last" + id, LocalDate.of(2020, 1, 1), null)).toList();
        List<LuccaUser> changed = new ArrayList<>(people);
        for (int i = 50; i < PEOPLE; i += PEOPLE / 100) {
            changed.set(i, TestLucca.with(people.get(i), "jobTitle", Json.createValue("Lead")));
        }
        DirectorySnapshot before = lucca.read(view, people);
        DirectorySnapshot after = lucca.read(view, changed);
        List<LuccaUser> events = changed.subList(0, 10).stream()
                .map(person -> TestLucca.with(person, "jobTitle", Json.createValue("Staff"))).toList();
        DirectorySnapshot afterEvents = lucca.builder.withChanges(view, before, events, Set.of());
        DirectorySnapshot again = lucca.read(view, people);
        // The first person's representation is the dictionary the others are compressed with: changed, no bytes match.
        changed.set(0, TestLucca.with(people.get(0), "jobTitle", Json.createValue("Lead")));
        DirectorySnapshot otherDictionary = lucca.read(view, changed);

        SnapshotDiff full = measure("two full reads, 100 people changed", () -> SnapshotDiff.between(before, after, 5_000));
        SnapshotDiff same = measure("two full reads, nobody changed", () -> SnapshotDiff.between(before, again, 5_000));
        SnapshotDiff inflated = measure("two full reads, 101 people changed, the first among them",
                () -> SnapshotDiff.between(before, otherDictionary, 5_000));
        SnapshotDiff live = measure("events, 10 people changed", () -> SnapshotDiff.forPeople(before, afterEvents,
                events.stream().map(LuccaUser::id).toList(), 5_000));

        assertThat(full.counts().get(ChangeKind.CHANGED)).isEqualTo(100);
        assertThat(same.isEmpty()).isTrue();
        assertThat(inflated.counts().get(ChangeKind.CHANGED)).isEqualTo(101);
        assertThat(live.counts().get(ChangeKind.CHANGED)).isEqualTo(10);
    }

    @Test
    void theSafeguardsBaselineOfTenThousandPeople() {
        List<LuccaUser> people = LongStream.rangeClosed(1, PEOPLE)
                .mapToObj(id -> TestLucca.user(id, "First" + id, "Last" + id, LocalDate.of(2020, 1, 1), null)).toList();
        DirectorySnapshot imported = lucca.read(view, people);
        DirectorySnapshot next = lucca.read(view, people.subList(0, PEOPLE - 600));

        byte[] baseline = measure("the safeguard's baseline written (people read from the snapshot, encoded)",
                () -> PeopleSeen.of(imported).encode());
        ImportDiff diff = measure("a new read checked against the baseline (decoded, compared)",
                () -> ImportDiff.between(PeopleSeen.decode(baseline), PeopleSeen.of(next)));
        System.out.printf("the safeguard's baseline of %,d people: %,d bytes%n", PEOPLE, baseline.length);

        assertThat(diff.vanished()).hasSize(600);
        assertThat(new SafeguardThreshold(5, 10).holds(diff)).isTrue();
    }

    /** The median of {@value #RUNS} runs, after as many to warm up. */
    private static <T> T measure(String what, Supplier<T> diff) {
        T result = null;
        long[] nanos = new long[RUNS];
        for (int run = 0; run < 2 * RUNS; run++) {
            long start = System.nanoTime();
            result = diff.get();
            if (run >= RUNS) {
                nanos[run - RUNS] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("snapshot diff, %,d people, %s: %.1f ms (median of %d)%n", PEOPLE, what, nanos[RUNS / 2] / 1e6, RUNS);
        return result;
    }
}
