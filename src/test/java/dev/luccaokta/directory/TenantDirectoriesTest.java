package dev.luccaokta.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luccaokta.cluster.LocalStore;
import dev.luccaokta.cluster.SharedStore;
import dev.luccaokta.lucca.LuccaDirectoryData;
import dev.luccaokta.lucca.LuccaDirectoryReader;
import dev.luccaokta.lucca.LuccaInstance;
import dev.luccaokta.lucca.LuccaUnavailableException;
import dev.luccaokta.lucca.LuccaUrlRefusedException;
import dev.luccaokta.lucca.LuccaUser;
import dev.luccaokta.tenant.AuditEntry;
import dev.luccaokta.tenant.AuditOutcome;
import dev.luccaokta.tenant.AuditPage;
import dev.luccaokta.tenant.AuditQuery;
import dev.luccaokta.tenant.AuditRepository;
import dev.luccaokta.tenant.GroupType;
import dev.luccaokta.tenant.ImportBaseline;
import dev.luccaokta.tenant.SafeImportRecords;
import dev.luccaokta.tenant.SnapshotHold;
import dev.luccaokta.tenant.Tenant;
import dev.luccaokta.tenant.UserNameSource;
import jakarta.enterprise.inject.Instance;
import jakarta.json.Json;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import dev.luccaokta.testing.MovableClock;
import org.junit.jupiter.api.Test;

class TenantDirectoriesTest {

    private final MovableClock clock = new MovableClock();
    private final HeldLucca lucca = new HeldLucca();
    private final ScriptedBuilder builder = new ScriptedBuilder(lucca, clock);
    /** Builds handed to the server's executor, counted as they are handed over. */
    private final AtomicInteger started = new AtomicInteger();
    private final ExecutorService executor = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
            new SynchronousQueue<>()) {
        @Override
        public void execute(Runnable task) {
            started.incrementAndGet();
            super.execute(task);
        }
    };
    /** The tenants the events package says Lucca's events keep fresh. */
    private final Set<String> liveTenants = ConcurrentHashMap.newKeySet();
    private final SafeguardRecords records = new SafeguardRecords();
    private final SnapshotSafeguard safeguard = safeguard(records);
    private final TenantDirectories directories = instance(null);

    /** What the instances of a cluster share: published snapshots and refresh leases. */
    private record Cluster(SharedStore snapshots, SharedStore leases) {
    }
    private final TenantView view = TestLucca.tenant(Set.of(), Set.of(), UserNameSource.LOGIN);
    private final TenantView withDepartments = TestLucca.tenant(Set.of("jobTitle"), Set.of(GroupType.LUCCA_DEPT),
            UserNameSource.LOGIN);
    private final LuccaUser ada = TestLucca.user(1, "Ada", "Lovelace", TestLucca.TODAY.minusYears(1), null);
    private final LuccaUser grace = TestLucca.user(2, "Grace", "Hopper", TestLucca.TODAY.minusYears(1), null);
    private final LuccaUser amazingGrace = TestLucca.renamed(grace, "Amazing Grace", grace.modifiedOn());
    private final LuccaUser linus = TestLucca.user(4, "Linus", "Torvalds", TestLucca.TODAY.minusMonths(3), null);

    /** Leases, counting those refused because another instance holds one. */
    private final class Leases extends LocalStore {
        final AtomicInteger refused = new AtomicInteger();

        Leases() {
            super(Duration.ofMinutes(3), clock);
        }

        @Override
        public synchronized boolean putIfAbsent(String key, byte[] value) {
            boolean taken = super.putIfAbsent(key, value);
            if (!taken) {
                refused.incrementAndGet();
            }
            return taken;
        }
    }

    private final Leases leases = new Leases();

    /** Two instances of the connector sharing their snapshots and leases. */
    private List<TenantDirectories> cluster() {
        return cluster(new LocalStore(Duration.ofHours(25), clock));
    }

    private List<TenantDirectories> cluster(SharedStore snapshots) {
        Cluster cluster = new Cluster(snapshots, leases);
        // Imports wait for a first snapshot built by either instance: room for a slow machine.
        DirectoryTimings patient = timings(10_000, 24);
        Instance<LiveChanges> liveChanges = resolving(liveTenants::contains);
        return List.of(instance(cluster, patient, liveChanges), instance(cluster, patient, liveChanges));
    }

    /** The configured timings, but for the wait for a first snapshot and the age of a live full read. */
    private static DirectoryTimings timings(long firstBuildWaitMillis, long liveFullReadHours) {
        return new DirectoryTimings(firstBuildWaitMillis, 10, 30, 30, liveFullReadHours, 1000);
    }

    /** One instance of the connector, alone, with these timings. */
    private TenantDirectories alone(DirectoryTimings timings) {
        return instance(null, timings, resolving(liveTenants::contains));
    }

    /** One instance of the connector, alone or in a cluster. */
    private TenantDirectories instance(Cluster cluster) {
        return instance(cluster, timings(2_000, 24), resolving(liveTenants::contains));
    }

    private TenantDirectories instance(Cluster cluster, DirectoryTimings timings, Instance<LiveChanges> liveChanges) {
        SnapshotAgeGauges gauges = new SnapshotAgeGauges() {
            @Override
            void watch(String tenantId, Supplier<DirectoryStatus> status) {
                // No metric registry outside the server.
            }
        };
        SharedSnapshots shared = new SharedSnapshots();
        shared.clock = clock;
        shared.leaseSeconds = 180;
        shared.snapshots = Optional.ofNullable(cluster).map(Cluster::snapshots);
        shared.leases = Optional.ofNullable(cluster).map(Cluster::leases);
        PublicationRecorder publications = new PublicationRecorder(new PublicationRecorderTest.RecordingChangeLog(), clock);
        publications.executor = new PublicationRecorderTest.InlineExecutor();
        TenantDirectories instance = new TenantDirectories(builder, shared, gauges, safeguard, publications, clock,
                liveChanges, timings);
        instance.executor = executor;
        return instance;
    }

    @AfterEach
    void stop() {
        lucca.release();
        executor.shutdownNow();
    }

    @Test
    void theFirstSnapshotIsWaitedForThenReusedWithinItsTtl() {
        lucca.release();

        DirectorySnapshot first = directories.current(view);
        clock.advance(Duration.ofMinutes(11));

        assertThat(directories.current(view)).isSameAs(first);
        assertThat(lucca.reads.get()).isEqualTo(1);
    }

    @Test
    void aStaleSnapshotIsServedWithoutWaitingWhileOneRefreshRuns() {
        lucca.release();
        DirectorySnapshot first = directories.current(view);
        lucca.hold();
        clock.advance(Duration.ofMinutes(16));

        assertThat(directories.current(view)).isSameAs(first);
        assertThat(directories.current(view)).isSameAs(first);
        await().atMost(5, TimeUnit.SECONDS).until(() -> lucca.reads.get() == 2);

        lucca.release();
        await().atMost(5, TimeUnit.SECONDS).until(() -> directories.current(view) != first);
        assertThat(lucca.reads.get()).isEqualTo(2);
    }

    @Test
    void aReadThatWouldDropMostOfWhomOktaImportedIsHeldThePreviousServedAndAReleasedReadPublished() {
        List<LuccaUser> everyone = twentyPeople();
        DirectorySnapshot imported = importedBy(everyone);

        readHeld(everyone.subList(0, 5));
        int reads = lucca.reads.get();
        clock.advance(Duration.ofMinutes(13));

        assertThat(directories.current(view)).as("the previous snapshot, due for a refresh").isSameAs(imported);
        assertThat(records.holds.get(view.tenantId()).getVanished()).isEqualTo(15);
        assertThat(lucca.reads.get()).as("a held read is not read again within the TTL").isEqualTo(reads);

        assertThat(safeguard.release(view.tenantId(), "admin@acme.example")).isTrue();
        directories.readInFull(view);
        await().atMost(5, TimeUnit.SECONDS).until(() -> directories.current(view).users().size() == 5);
        assertThat(records.holds).isEmpty();
        DirectorySnapshot released = directories.current(view);
        clock.advance(Duration.ofMinutes(16));
        // The next refresh, before Okta imports again, is published: the released people are the reference now.
        await().atMost(5, TimeUnit.SECONDS).until(() -> directories.current(view) != released);
        assertThat(records.holds).isEmpty();
    }

    @Test
    void aReadDroppingMoreThanTheReleaseAllowsIsHeldAgainAndAuditedAgain() {
        List<LuccaUser> everyone = twentyPeople();
        DirectorySnapshot imported = importedBy(everyone);
        readHeld(everyone.subList(0, 5));
        safeguard.release(view.tenantId(), "admin@acme.example");

        lucca.people = everyone.subList(0, 4);
        directories.readInFull(view);
        await().atMost(5, TimeUnit.SECONDS).until(() -> records.holds.get(view.tenantId()).getVanished() == 16);

        SnapshotHold hold = records.holds.get(view.tenantId());
        assertThat(hold.getAllowed()).as("to be released again").isEmpty();
        assertThat(directories.current(view)).isSameAs(imported);
        assertThat(((AuditTrailInMemory) safeguard.audit).entries).extracting(AuditEntry::getOutcome)
                .containsExactly(AuditOutcome.SNAPSHOT_HELD, AuditOutcome.SNAPSHOT_RELEASED, AuditOutcome.SNAPSHOT_HELD);
    }

    @Test
    void continuationPagesOfAnImportKeepTheSnapshotOfItsFirstPage() {
        lucca.release();
        DirectorySnapshot importing = directories.forImport(view, "Users/", true);
        clock.advance(Duration.ofMinutes(16));
        directories.current(view);
        await().atMost(5, TimeUnit.SECONDS).until(() -> directories.current(view) != importing);

        assertThat(directories.forImport(view, "Users/", false)).isSameAs(importing);
        assertThat(directories.forImport(view, "Users/", true)).isNotSameAs(importing);
        assertThat(directories.forImport(view, "Users/", false)).isNotSameAs(importing);
    }

    @Test
    void aGroupsImportDoesNotMoveAUsersImportAndPagesKeepAPinAlive() {
        lucca.release();
        DirectorySnapshot users = directories.forImport(view, "Users/", true);
        clock.advance(Duration.ofMinutes(16));
        directories.current(view);
        await().atMost(5, TimeUnit.SECONDS).until(() -> directories.current(view) != users);

        DirectorySnapshot groups = directories.forImport(view, "Groups/", true);
        clock.advance(Duration.ofMinutes(10));
        DirectorySnapshot page2 = directories.forImport(view, "Users/", false);
        clock.advance(Duration.ofMinutes(25));

        assertThat(groups).isNotSameAs(users);
        assertThat(page2).isSameAs(users);
        assertThat(directories.forImport(view, "Users/", false)).isSameAs(users);
    }

    @Test
    void aBuildForAnOutdatedConfigurationNeverBecomesCurrent() {
        TenantView reconfigured = TestLucca.tenant(Set.of("jobTitle"), Set.of(), UserNameSource.LOGIN);
        TenantDirectories impatient = alone(timings(50, 24));
        assertThatThrownBy(() -> impatient.current(view)).isInstanceOf(DirectoryUnavailableException.class);
        assertThatThrownBy(() -> impatient.current(reconfigured)).isInstanceOf(DirectoryUnavailableException.class);

        lucca.release();

        await().atMost(5, TimeUnit.SECONDS).untilAsserted(() ->
                assertThat(impatient.current(reconfigured).view()).isEqualTo(reconfigured));
        assertThat(lucca.reads.get()).isEqualTo(2);
    }

    @Test
    void aChangedSelectionIsNeverServedFromTheOldSnapshot() {
        lucca.release();
        DirectorySnapshot before = directories.current(view);
        TenantView reconfigured = TestLucca.tenant(Set.of("jobTitle"), Set.of(), UserNameSource.LOGIN);

        DirectorySnapshot after = directories.current(reconfigured);

        assertThat(after).isNotSameAs(before);
        assertThat(after.view()).isEqualTo(reconfigured);
    }

    @Test
    void aFirstBuildSlowerThanTheWaitTellsOktaToRetry() {
        TenantDirectories impatient = alone(timings(50, 24));

        assertThatThrownBy(() -> impatient.current(view))
                .isInstanceOfSatisfying(DirectoryUnavailableException.class,
                        e -> assertThat(e.retryAfter()).isPositive());
        lucca.release();
        await().atMost(5, TimeUnit.SECONDS).untilAsserted(() -> assertThat(impatient.current(view)).isNotNull());
        assertThat(lucca.reads.get()).isEqualTo(1);
    }

    @Test
    void aFailedBuildIsReportedAndNotRetriedBeforeTheBackoff() {
        lucca.release();
        lucca.failWith(new LuccaUnavailableException("Lucca is down", Duration.ofSeconds(42)));

        assertThatThrownBy(() -> directories.current(view))
                .isInstanceOfSatisfying(DirectoryUnavailableException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(42)));
        assertThatThrownBy(() -> directories.current(view)).isInstanceOf(DirectoryUnavailableException.class);
        assertThat(lucca.reads.get()).isEqualTo(1);

        lucca.failWith(null);
        clock.advance(Duration.ofSeconds(31));
        assertThat(directories.current(view)).isNotNull();
        assertThat(lucca.reads.get()).isEqualTo(2);
    }

    @Test
    void aTenantWhoseLuccaUrlIsRefusedNowIsUnavailableForLongAndItsStatusSaysWhy() {
        lucca.release();
        lucca.failWith(new LuccaUrlRefusedException());

        assertThatThrownBy(() -> directories.current(view)).isInstanceOfSatisfying(DirectoryUnavailableException.class,
                e -> assertThat(e.retryAfter()).isEqualTo(LuccaUrlRefusedException.RETRY_AFTER));
        assertThat(directories.status(view.tenantId()).lastFailure()).get()
                .extracting(DirectoryStatus.Failure::message).asString().contains("URL policy");
    }

    @Test
    void aDefectInTheBuildIsNotPassedOffAsLuccaBeingUnavailable() {
        lucca.release();
        lucca.failWith(new IllegalArgumentException("mapping defect"));

        assertThatThrownBy(() -> directories.current(view))
                .isInstanceOf(IllegalStateException.class)
                .isNotInstanceOf(DirectoryUnavailableException.class)
                .hasRootCauseMessage("mapping defect");
    }

    @Test
    void aWriteShowsAtOnceAndSurvivesARefreshThatReadLuccaBeforeIt() {
        lucca.people = List.of(ada, grace);
        holdARefreshAfterTheFirstSnapshot();

        directories.recordWrite(view, amazingGrace);

        assertThat(givenName(directories.current(view), "2")).isEqualTo("Amazing Grace");
        assertThat(directories.current(view).usersByUserName("grace.hopper")).hasSize(1);
        lucca.release();
        await().atMost(5, TimeUnit.SECONDS).until(() -> directories.current(view).builtAt().equals(clock.instant()));
        assertThat(givenName(directories.current(view), "2")).as("the refresh read Lucca before the write").isEqualTo("Amazing Grace");
        assertThat(givenName(directories.current(view), "1")).isEqualTo("Ada");
    }

    @Test
    void aSecondInstanceServesTheSnapshotTheFirstBuiltWithoutReadingLucca() {
        List<TenantDirectories> instances = cluster();
        TenantDirectories first = instances.get(0);
        TenantDirectories second = instances.get(1);
        lucca.people = List.of(TestLucca.user(1, "Ada", "Lovelace", TestLucca.TODAY.minusYears(1), null));
        lucca.release();

        DirectorySnapshot built = first.current(view);
        clock.advance(Duration.ofMinutes(5));
        DirectorySnapshot received = second.current(view);

        assertThat(lucca.reads).as("Lucca read once for both").hasValue(1);
        assertThat(received.builtAt()).isEqualTo(built.builtAt());
        assertThat(received.users()).isEqualTo(built.users());
        assertThat(second.current(view)).isSameAs(received);
    }

    @Test
    void anInstanceWaitsForTheSnapshotAnotherIsBuildingRatherThanReadLuccaToo() {
        List<TenantDirectories> instances = cluster();
        TenantDirectories first = instances.get(0);
        TenantDirectories second = instances.get(1);
        lucca.hold();

        Thread firstImport = new Thread(() -> first.current(view));
        firstImport.start();
        await().atMost(5, TimeUnit.SECONDS).until(() -> lucca.reads.get() == 1);
        Thread secondImport = new Thread(() -> second.current(view));
        secondImport.start();
        await().atMost(5, TimeUnit.SECONDS).until(() -> leases.refused.get() > 0);
        lucca.release();

        await().atMost(5, TimeUnit.SECONDS).until(() -> !firstImport.isAlive() && !secondImport.isAlive());
        assertThat(second.current(view).builtAt()).isEqualTo(first.current(view).builtAt());
        assertThat(lucca.reads).hasValue(1);
    }

    @Test
    void aSharedSnapshotOlderThanTheRefreshPointIsRefreshedOnceForTheCluster() {
        List<TenantDirectories> instances = cluster();
        TenantDirectories first = instances.get(0);
        TenantDirectories second = instances.get(1);
        lucca.release();
        first.current(view);
        clock.advance(Duration.ofMinutes(13));

        DirectorySnapshot stale = second.current(view);
        await().atMost(5, TimeUnit.SECONDS).until(() -> lucca.reads.get() == 2);
        await().atMost(5, TimeUnit.SECONDS).until(() -> second.current(view).builtAt().equals(clock.instant()));
        DirectorySnapshot fromSecond = second.current(view);
        await().atMost(5, TimeUnit.SECONDS).until(() -> first.current(view).builtAt().equals(clock.instant()));

        assertThat(stale.builtAt()).as("too old to serve after 80 % of the TTL: refreshed, served meanwhile").isBefore(clock.instant());
        assertThat(first.current(view).users()).isEqualTo(fromSecond.users());
        assertThat(lucca.reads).as("the first instance took the second's refresh").hasValue(2);
    }

    @Test
    void aWriteThroughOneInstanceSurvivesTakingASnapshotAnotherInstanceReadBeforeIt() {
        List<TenantDirectories> instances = cluster();
        TenantDirectories first = instances.get(0);
        TenantDirectories second = instances.get(1);
        lucca.people = List.of(grace);
        lucca.release();
        first.current(view);
        second.current(view);
        clock.advance(Duration.ofMinutes(13));
        lucca.hold();
        first.current(view);
        await().atMost(5, TimeUnit.SECONDS).until(() -> lucca.reads.get() == 2);

        clock.advance(Duration.ofSeconds(30));
        second.recordWrite(view, amazingGrace);
        clock.advance(Duration.ofSeconds(30));
        lucca.release();
        await().atMost(5, TimeUnit.SECONDS).until(() -> first.current(view).builtAt().equals(clock.instant()));
        Instant readByTheFirst = first.current(view).builtAt();
        clock.advance(Duration.ofMinutes(1));
        second.current(view);
        await().atMost(5, TimeUnit.SECONDS).until(() -> second.current(view).builtAt().equals(readByTheFirst));

        assertThat(givenName(first.current(view), "2")).as("the first instance never saw the write").isEqualTo("Grace");
        assertThat(givenName(second.current(view), "2")).isEqualTo("Amazing Grace");
        assertThat(lucca.reads).hasValue(2);
    }

    @Test
    void whenTheGridFailsAnInstanceReadsLuccaItself() {
        LocalStore failing = new LocalStore(Duration.ofHours(25), clock) {
            @Override
            public byte[] get(String key) {
                throw new IllegalStateException("member left the cluster");
            }
        };
        TenantDirectories instance = instance(new Cluster(failing, leases));
        lucca.people = List.of(TestLucca.user(1, "Ada", "Lovelace", TestLucca.TODAY.minusYears(1), null));
        lucca.release();

        assertThat(instance.current(view).users()).hasSize(1);
        assertThat(lucca.reads).hasValue(1);
    }

    @Test
    void anAppliedChangeShowsAtOnceAndLeavesEveryoneElseAsTheyWere() {
        lucca.people = List.of(ada, grace);
        lucca.release();
        Instant readAt = clock.instant();
        DirectorySnapshot before = directories.current(withDepartments);
        clock.advance(Duration.ofSeconds(5));

        boolean applied = directories.applyChanges(withDepartments,
                List.of(TestLucca.with(grace, "jobTitle", Json.createValue("CTO"))), Set.of());

        DirectorySnapshot after = directories.current(withDepartments);
        assertThat(applied).isTrue();
        assertThat(after.user("2").orElseThrow().path("title").asText()).isEqualTo("CTO");
        assertThat(after.user("1")).isEqualTo(before.user("1"));
        assertThat(after.builtAt()).isEqualTo(clock.instant());
        assertThat(KnownDirectory.of(after).readAt()).as("Lucca itself was not read again").isEqualTo(readAt);
        assertThat(directories.status(view.tenantId()).fullReadAt()).contains(readAt);
        assertThat(lucca.reads).hasValue(1);
    }

    @Test
    void aPersonMovedToAnotherDepartmentMovesBetweenItsGroups() {
        lucca.people = List.of(ada, grace);
        lucca.release();
        DirectorySnapshot before = directories.current(withDepartments);
        LuccaUser moved = TestLucca.with(grace, "department", Json.createObjectBuilder().add("id", 22).add("name", "Closed lab").build());

        directories.applyChanges(withDepartments, List.of(moved), Set.of());

        DirectorySnapshot after = directories.current(withDepartments);
        assertThat(before.group("LUCCA_DEPT_22")).as("an inactive department is listed only with members").isEmpty();
        assertThat(members(after.group("LUCCA_DEPT_22").orElseThrow())).containsExactly("2");
        assertThat(members(before.group("LUCCA_DEPT_21").orElseThrow())).containsExactly("1", "2");
        assertThat(members(after.group("LUCCA_DEPT_21").orElseThrow())).containsExactly("1");
    }

    @Test
    void aPersonLuccaNoLongerHasAndALeaverPastTheGracePeriodDropOut() {
        lucca.people = List.of(ada, grace, linus);
        lucca.release();
        directories.current(withDepartments);
        LuccaUser left = TestLucca.with(grace, "dtContractEnd", Json.createValue(TestLucca.TODAY.minusDays(91).atStartOfDay().toString()));

        directories.applyChanges(withDepartments, List.of(left), Set.of(1L));

        DirectorySnapshot after = directories.current(withDepartments);
        assertThat(after.users()).extracting(user -> user.path("id").asText()).containsExactly("4");
        assertThat(after.usersByUserName("ada.lovelace")).isEmpty();
        assertThat(members(after.group("LUCCA_DEPT_21").orElseThrow())).containsExactly("4");
        assertThat(directories.known(withDepartments).orElseThrow().names()).containsOnlyKeys(4L);
    }

    @Test
    void aFullReadThatReadLuccaBeforeAnAppliedChangeKeepsIt() {
        liveTenants.add(view.tenantId());
        lucca.people = List.of(ada, grace);
        lucca.release();
        directories.current(view);
        lucca.hold();
        directories.readInFull(view);
        await().atMost(5, TimeUnit.SECONDS).until(() -> lucca.reads.get() == 2);
        clock.advance(Duration.ofSeconds(1));

        directories.applyChanges(view, List.of(amazingGrace), Set.of(1L));
        clock.advance(Duration.ofSeconds(1));
        lucca.release();

        await().atMost(5, TimeUnit.SECONDS).until(() -> directories.current(view).builtAt().equals(clock.instant()));
        assertThat(givenName(directories.current(view), "2")).isEqualTo("Amazing Grace");
        assertThat(directories.current(view).user("1")).as("removed while Lucca was being read").isEmpty();
        assertThat(builder.fullReads).hasValue(2);
    }

    @Test
    void aChangeBeforeTheFirstSnapshotIsLeftToTheBuildThatComes() {
        lucca.people = List.of(grace);
        TenantDirectories impatient = alone(timings(50, 24));
        assertThatThrownBy(() -> impatient.current(view)).isInstanceOf(DirectoryUnavailableException.class);

        boolean applied = impatient.applyChanges(view, List.of(amazingGrace), Set.of());
        lucca.release();

        assertThat(applied).isFalse();
        await().atMost(5, TimeUnit.SECONDS).untilAsserted(() ->
                assertThat(givenName(impatient.current(view), "2")).isEqualTo("Amazing Grace"));
    }

    @Test
    void aLiveTenantIsNotRefreshedAfterItsTtlButReadInFullOnceItsFullReadIsOld() {
        liveTenants.add(view.tenantId());
        TenantDirectories halfDay = alone(timings(2_000, 12));
        lucca.release();
        DirectorySnapshot first = halfDay.current(view);

        clock.advance(Duration.ofMinutes(16));
        assertThat(halfDay.current(view)).isSameAs(first);
        clock.advance(Duration.ofHours(11));
        assertThat(halfDay.current(view)).isSameAs(first);
        assertThat(started).as("no refresh by age").hasValue(1);

        clock.advance(Duration.ofMinutes(44));
        assertThat(halfDay.current(view)).as("served while Lucca is read").isSameAs(first);
        await().atMost(5, TimeUnit.SECONDS).until(() -> halfDay.current(view) != first);
        assertThat(builder.fullReads).hasValue(2);
        assertThat(started).hasValue(2);
    }

    @Test
    void aLiveTenantIsReadInFullOnANewDay() {
        liveTenants.add(view.tenantId());
        lucca.release();
        DirectorySnapshot first = directories.current(view);

        clock.advance(Duration.ofHours(15));
        directories.current(view);

        await().atMost(5, TimeUnit.SECONDS).until(() -> directories.current(view) != first);
        assertThat(builder.fullReads).hasValue(2);
        assertThat(directories.status(view.tenantId()).fullReadAt()).contains(clock.instant());
    }

    @Test
    void withoutTheEventsPackageOrWhenItFailsATenantIsRefreshedByItsTtl() {
        LiveChanges failing = tenantId -> {
            throw new IllegalStateException("the events package cannot tell");
        };
        lucca.release();
        for (Instance<LiveChanges> events : List.of(resolving(null), resolving(failing))) {
            TenantDirectories instance = instance(null, timings(2_000, 24), events);
            DirectorySnapshot first = instance.current(view);
            clock.advance(Duration.ofMinutes(16));
            assertThat(instance.current(view)).isSameAs(first);
            await().atMost(5, TimeUnit.SECONDS).until(() -> instance.current(view) != first);
        }
        assertThat(started).hasValue(4);
        assertThat(builder.fullReads).as("TTL refreshes, not full reads").hasValue(0);
    }

    @Test
    void readInFullStartsExactlyOneBuildAndNeverWaitsForIt() {
        lucca.release();
        DirectorySnapshot first = directories.current(view);
        lucca.hold();

        directories.readInFull(view);
        directories.readInFull(view);

        assertThat(started).hasValue(2);
        lucca.release();
        await().atMost(5, TimeUnit.SECONDS).until(() -> builder.fullReads.get() == 1 && directories.current(view) != first);
        assertThat(started).hasValue(2);
    }

    @Test
    void aFullReadAskedForDuringARefreshFollowsIt() {
        holdARefreshAfterTheFirstSnapshot();

        directories.readInFull(view);
        assertThat(started).as("not while the refresh runs").hasValue(2);
        lucca.release();

        await().atMost(5, TimeUnit.SECONDS).until(() -> builder.fullReads.get() == 1);
        assertThat(started).hasValue(3);
    }

    @Test
    void knownGivesTheOrganisationAndTheNamesOfTheSnapshot() {
        lucca.people = List.of(ada, grace);
        lucca.release();
        assertThat(directories.known(view)).isEmpty();
        Instant readAt = clock.instant();
        directories.current(view);
        clock.advance(Duration.ofMinutes(1));
        directories.applyChanges(view, List.of(amazingGrace), Set.of());

        KnownDirectory known = directories.known(view).orElseThrow();

        assertThat(known.names()).containsExactly(Map.entry(1L, "Ada Lovelace"), Map.entry(2L, "Amazing Grace Hopper"));
        assertThat(known.organisation().departments()).isEqualTo(TestLucca.data(List.of()).departments());
        assertThat(known.organisation().users()).isEmpty();
        assertThat(known.fullReadAt()).isEqualTo(readAt);
        assertThat(known.readAt()).isEqualTo(readAt);
        assertThat(directories.known(withDepartments)).as("another configuration").isEmpty();
    }

    @Test
    void anotherInstanceServingALiveTenantTakesAppliedChangesWithinAPeekReadingOnlyTheStamp() {
        AtomicInteger snapshotsRead = new AtomicInteger();
        LocalStore snapshots = new LocalStore(Duration.ofHours(25), clock) {
            @Override
            public byte[] get(String key) {
                if (key.endsWith("/snapshot")) {
                    snapshotsRead.incrementAndGet();
                }
                return super.get(key);
            }
        };
        List<TenantDirectories> instances = twoServingALiveTenant(snapshots);
        TenantDirectories first = instances.get(0);
        TenantDirectories second = instances.get(1);
        clock.advance(Duration.ofMillis(500));

        first.applyChanges(view, List.of(amazingGrace), Set.of());

        assertThat(givenName(second.current(view), "2")).as("looked less than a second ago").isEqualTo("Grace");
        clock.advance(Duration.ofMillis(500));
        assertThat(givenName(second.current(view), "2")).isEqualTo("Amazing Grace");
        int read = snapshotsRead.get();
        clock.advance(Duration.ofSeconds(1));
        second.current(view);
        assertThat(snapshotsRead).as("nothing newer: only the stamp was read").hasValue(read);
        assertThat(lucca.reads).as("Lucca read once for both").hasValue(1);
    }

    @Test
    void anInstanceTakingALaterChangeAnotherAppliedDoesNotPutItsOwnOlderOneBack() {
        List<TenantDirectories> instances = twoServingALiveTenant(new LocalStore(Duration.ofHours(25), clock));
        TenantDirectories first = instances.get(0);
        TenantDirectories second = instances.get(1);

        clock.advance(Duration.ofSeconds(1));
        first.applyChanges(view, List.of(TestLucca.renamed(grace, "Gracie", grace.modifiedOn().plusMinutes(1))), Set.of());
        clock.advance(Duration.ofSeconds(1));
        second.applyChanges(view, List.of(TestLucca.renamed(grace, "Admiral", grace.modifiedOn().plusMinutes(2))), Set.of());
        clock.advance(Duration.ofSeconds(1));

        assertThat(givenName(second.current(view), "2")).isEqualTo("Admiral");
        assertThat(givenName(first.current(view), "2")).as("Lucca's later state, applied by the other instance")
                .isEqualTo("Admiral");
    }

    /** Two instances of a cluster sharing these snapshots, both serving a live tenant of Ada and Grace. */
    private List<TenantDirectories> twoServingALiveTenant(LocalStore snapshots) {
        List<TenantDirectories> instances = cluster(snapshots);
        liveTenants.add(view.tenantId());
        lucca.people = List.of(ada, grace);
        lucca.release();
        instances.forEach(instance -> instance.current(view));
        return instances;
    }

    /** Builds the first snapshot, then lets it age past its TTL and holds the refresh that starts while it reads Lucca. */
    private void holdARefreshAfterTheFirstSnapshot() {
        lucca.release();
        directories.current(view);
        lucca.hold();
        clock.advance(Duration.ofMinutes(16));
        directories.current(view);
        await().atMost(5, TimeUnit.SECONDS).until(() -> lucca.reads.get() == 2);
    }

    private static List<String> members(ObjectNode group) {
        return StreamSupport.stream(group.path("members").spliterator(), false).map(m -> m.path("value").asText()).toList();
    }

    /** The events package as CDI hands it over: null when none resolves. */
    @SuppressWarnings("unchecked")
    private static Instance<LiveChanges> resolving(LiveChanges live) {
        return (Instance<LiveChanges>) Proxy.newProxyInstance(TenantDirectoriesTest.class.getClassLoader(),
                new Class<?>[] {Instance.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "isResolvable" -> live != null;
                    case "get" -> live;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static String givenName(DirectorySnapshot snapshot, String id) {
        return snapshot.user(id).orElseThrow().path("name").path("givenName").asText();
    }

    /**
     * Lucca's people, counting Lucca's reads, held back until released, or failing on demand.
     */
    private static final class HeldLucca extends LuccaDirectoryReader {
        final AtomicInteger reads = new AtomicInteger();
        volatile List<LuccaUser> people = List.of();
        private volatile CountDownLatch gate = new CountDownLatch(1);
        private volatile RuntimeException failure;

        @Override
        public LuccaDirectoryData read(LuccaInstance instance, Set<String> customFields) {
            reads.incrementAndGet();
            try {
                gate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failure != null) {
                throw failure;
            }
            return TestLucca.data(people);
        }

        void hold() {
            gate = new CountDownLatch(1);
        }

        void release() {
            gate.countDown();
        }

        void failWith(RuntimeException error) {
            failure = error;
        }
    }

    /**
     * Builds snapshots from a read of Lucca, counting those asked in full. A refresh reads Lucca again, as a TTL
     * refresh of Lucca's current API does.
     */
    private static final class ScriptedBuilder extends SnapshotBuilder {
        final AtomicInteger fullReads = new AtomicInteger();

        ScriptedBuilder(LuccaDirectoryReader lucca, MovableClock clock) {
            super(lucca, clock, 24);
        }

        @Override
        public DirectorySnapshot build(TenantView tenant, DirectorySnapshot previous) {
            fullReads.incrementAndGet();
            return super.build(tenant, previous);
        }

        @Override
        public DirectorySnapshot refresh(TenantView tenant, DirectorySnapshot previous) {
            return super.build(tenant, previous);
        }
    }

    private static List<LuccaUser> twentyPeople() {
        List<LuccaUser> everyone = new ArrayList<>();
        for (int id = 1; id <= 20; id++) {
            everyone.add(TestLucca.user(id, "Person", "N" + id, TestLucca.TODAY.minusYears(1), null));
        }
        return everyone;
    }

    /** The snapshot of these people, imported by Okta: the safeguard's baseline. */
    private DirectorySnapshot importedBy(List<LuccaUser> people) {
        lucca.people = people;
        lucca.release();
        DirectorySnapshot imported = directories.forImport(view, "Users/", true);
        await().atMost(5, TimeUnit.SECONDS).until(() -> records.baselines.containsKey(view.tenantId()));
        return imported;
    }

    /** A full read finding only {@code read}, once the safeguard holds it. */
    private void readHeld(List<LuccaUser> read) {
        lucca.people = read;
        directories.readInFull(view);
        await().atMost(5, TimeUnit.SECONDS).until(() -> records.holds.containsKey(view.tenantId()));
    }

    private static SnapshotSafeguard safeguard(SafeguardRecords records) {
        SnapshotSafeguard safeguard = new SnapshotSafeguard();
        safeguard.records = records;
        safeguard.tenants = new NoTenants();
        safeguard.audit = new AuditTrailInMemory();
        return safeguard;
    }

    /** The safeguard's database rows, in memory. */
    private static final class SafeguardRecords extends SafeImportRecords {
        final Map<String, ImportBaseline> baselines = new ConcurrentHashMap<>();
        final Map<String, SnapshotHold> holds = new ConcurrentHashMap<>();

        @Override
        public Optional<ImportBaseline> baseline(String tenantId) {
            return Optional.ofNullable(baselines.get(tenantId));
        }

        @Override
        public void saveBaseline(ImportBaseline baseline) {
            baselines.put(baseline.getTenantId(), baseline);
        }

        @Override
        public Optional<SnapshotHold> hold(String tenantId) {
            return Optional.ofNullable(holds.get(tenantId));
        }

        @Override
        public SnapshotHold updateHold(String tenantId, Consumer<SnapshotHold> change) {
            SnapshotHold hold = holds.computeIfAbsent(tenantId, SnapshotHold::new);
            change.accept(hold);
            return hold;
        }

        @Override
        public Optional<SnapshotHold> release(String tenantId, String by) {
            Optional<SnapshotHold> hold = hold(tenantId);
            hold.ifPresent(held -> held.release(by));
            return hold;
        }

        @Override
        public boolean endHold(String tenantId) {
            return holds.remove(tenantId) != null;
        }
    }

    /** Audit rows kept in a list. */
    private static final class AuditTrailInMemory implements AuditRepository {
        final List<AuditEntry> entries = new CopyOnWriteArrayList<>();

        @Override
        public void add(AuditEntry entry) {
            entries.add(entry);
        }

        @Override
        public void addOrRepeat(AuditEntry entry, OffsetDateTime since, boolean anyUser) {
            entries.add(entry);
        }

        @Override
        public boolean complete(String entryId, Integer luccaStatus, AuditOutcome outcome, String detail) {
            return false;
        }

        @Override
        public int deleteRecordedBefore(OffsetDateTime cutoff) {
            return 0;
        }

        @Override
        public AuditPage find(String tenantId, AuditQuery query) {
            throw new UnsupportedOperationException("not read here");
        }
    }
}
