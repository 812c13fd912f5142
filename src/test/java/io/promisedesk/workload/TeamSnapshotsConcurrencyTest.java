package io.promisedesk.workload;

import io.promisedesk.concurrent.TaskGuard;
import io.promisedesk.fixtures.CountingWorkItemSource;
import io.promisedesk.fixtures.WorkloadWorld;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import org.junit.After;
import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.promisedesk.fixtures.WorkItemBuilder.anIssue;
import static io.promisedesk.fixtures.WorkloadWorld.PLATFORM;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/**
 * Readers, patches and background searches at once, and two nodes sharing change marks: a reader never waits for a
 * search while a snapshot can be served, one search per team runs at a time, and no edit is lost to a search that read
 * the issue before it.
 */
public class TeamSnapshotsConcurrencyTest {
    private static final IssueKey OPS_12 = IssueKey.parse("OPS-12");
    private static final long WAIT_SECONDS = 10;

    private final WorkloadWorld world = new WorkloadWorld();
    private final StepExecutor backgroundOfB = new StepExecutor();
    /** Another node: its own snapshots on the same Jira (source) and the same cluster (marks). */
    private final TeamSnapshots nodeB = new TeamSnapshots(world.directory, world.reads, world.marks, world.clock,
            backgroundOfB, SnapshotTimes.DEFAULT::waitWhenStaleFor);
    private final RefreshPool threads = new RefreshPool(TaskGuard.NONE);
    private final TrackedPool pool = new TrackedPool(threads);

    @After
    public void stopThePool() {
        threads.close();
    }

    @Test
    public void aChangeOnAnotherNode_isServedStaleAtOnce_thenSearchedInTheBackground_andConverges() {
        world.snapshots.current(PLATFORM);
        TeamAssessment beforeOnB = nodeB.current(PLATFORM).orElseThrow();
        backgroundOfB.queueFromNowOn();
        WorkItem edited = edit(OPS_12, 3);

        world.snapshots.issueChanged(OPS_12, Optional.empty());
        world.clock.set("2026-03-02T08:00:31Z");
        TeamSnapshot servedOnB = nodeB.snapshot(PLATFORM).orElseThrow();

        assertEquals("the node of the edit shows it on the next view", edited, itemOf(world.snapshots, OPS_12));
        assertSame("node B serves what it has, without waiting", beforeOnB, servedOnB.assessment());
        assertEquals(Optional.of(world.clock.instant()), servedOnB.staleSince());
        assertEquals(1, backgroundOfB.queued());
        backgroundOfB.runQueued();
        TeamSnapshot converged = nodeB.snapshot(PLATFORM).orElseThrow();
        assertEquals(edited, converged.assessment().verdictFor(OPS_12).orElseThrow().item());
        assertEquals(Optional.empty(), converged.staleSince());
    }

    @Test
    public void anotherNodesChanges_makeThisNodeSearch_atMostOncePerSpacing() {
        world.snapshots.current(PLATFORM);
        nodeB.current(PLATFORM);
        backgroundOfB.queueFromNowOn();
        edit(OPS_12, 3);
        world.snapshots.issueChanged(OPS_12, Optional.empty());
        nodeB.current(PLATFORM);
        assertEquals("as old as the first search: none yet", 0, backgroundOfB.queued());
        world.clock.set("2026-03-02T08:00:31Z");
        nodeB.current(PLATFORM);
        backgroundOfB.runQueued();

        world.clock.set("2026-03-02T08:00:41Z");
        edit(OPS_12, 5);
        world.snapshots.issueChanged(OPS_12, Optional.empty());
        nodeB.current(PLATFORM);
        assertEquals("10 s after the last search: none", 0, backgroundOfB.queued());

        world.clock.set("2026-03-02T08:01:02Z");
        nodeB.current(PLATFORM);
        assertEquals(1, backgroundOfB.queued());
    }

    @Test
    public void aReader_waitsForTheSearch_onlyOnceTheSnapshotIsKnownStaleLongerThanTheBound() throws Exception {
        world.snapshots.current(PLATFORM);
        nodeB.current(PLATFORM);
        backgroundOfB.queueFromNowOn();
        WorkItem edited = edit(OPS_12, 3);
        world.snapshots.issueChanged(OPS_12, Optional.empty());
        Instant noticed = world.clock.instant();
        nodeB.current(PLATFORM);

        world.clock.set(noticed.plus(Duration.ofMinutes(10)).toString());
        TeamSnapshot atTheBound = nodeB.snapshot(PLATFORM).orElseThrow();
        assertEquals("served stale at the bound, searched in the background", Optional.of(noticed),
                atTheBound.staleSince());
        assertEquals(1, backgroundOfB.queued());

        world.clock.set(noticed.plus(Duration.ofMinutes(10)).plusSeconds(1).toString());
        assertTheReaderWaitsForTheSearch("past the bound the reader waits for the search", nodeB, backgroundOfB,
                edited);
    }

    @Test
    public void theAdminsWaitBound_isReadOnEachStaleRead_soAChangeTakesEffectOnTheNextRead() throws Exception {
        AtomicReference<Duration> adminBound = new AtomicReference<>(Duration.ofMinutes(10));
        StepExecutor backgroundOfC = new StepExecutor();
        TeamSnapshots nodeC = new TeamSnapshots(world.directory, world.reads, world.marks, world.clock, backgroundOfC,
                adminBound::get);
        world.snapshots.current(PLATFORM);
        nodeC.current(PLATFORM);
        backgroundOfC.queueFromNowOn();
        WorkItem edited = edit(OPS_12, 3);
        world.snapshots.issueChanged(OPS_12, Optional.empty());
        Instant noticed = world.clock.instant();
        nodeC.current(PLATFORM);
        world.clock.set(noticed.plus(Duration.ofMinutes(2)).toString());

        assertEquals("within ten minutes: served stale", Optional.of(noticed),
                nodeC.snapshot(PLATFORM).orElseThrow().staleSince());

        adminBound.set(Duration.ofMinutes(1));
        assertTheReaderWaitsForTheSearch("past the admin's new bound of one minute the reader waits", nodeC,
                backgroundOfC, edited);
    }

    /**
     * A reader of {@code node} waits (still waiting after 200 ms) until the search queued on {@code background} runs,
     * then gets a fresh snapshot with the edit.
     */
    private static void assertTheReaderWaitsForTheSearch(String why, TeamSnapshots node, StepExecutor background,
                                                         WorkItem edited) throws Exception {
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            Future<TeamSnapshot> waiting = reader.submit(() -> node.snapshot(PLATFORM).orElseThrow());
            Thread.sleep(200);
            assertTrue(why, !waiting.isDone());
            background.runQueued();
            TeamSnapshot fresh = waiting.get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertEquals(Optional.empty(), fresh.staleSince());
            assertEquals(edited, fresh.assessment().verdictFor(OPS_12).orElseThrow().item());
        } finally {
            reader.shutdownNow();
        }
    }

    @Test
    public void aReaderPastTheBound_whoseSearchHangs_getsTheStaleSnapshot_afterTheLongestWait() throws Exception {
        StepExecutor hanging = new StepExecutor();
        Duration longestWait = Duration.ofMillis(300);
        TeamSnapshots nodeC = new TeamSnapshots(world.directory, world.reads, world.marks, world.clock, hanging,
                new SnapshotTimes(Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofMinutes(15), longestWait));
        nodeC.current(PLATFORM);
        hanging.queueFromNowOn();
        edit(OPS_12, 3);
        world.snapshots.issueChanged(OPS_12, Optional.empty());
        Instant noticed = world.clock.instant();
        nodeC.current(PLATFORM);
        world.clock.set(noticed.plus(Duration.ofMinutes(10)).plusSeconds(1).toString());

        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            long started = System.nanoTime();
            TeamSnapshot served = reader.submit(() -> nodeC.snapshot(PLATFORM).orElseThrow())
                    .get(WAIT_SECONDS, TimeUnit.SECONDS);
            Duration waited = Duration.ofNanos(System.nanoTime() - started);

            assertTrue("waited " + waited, waited.compareTo(longestWait) >= 0);
            assertEquals("the stale snapshot, saying since when", Optional.of(noticed), served.staleSince());
            assertEquals("one search, still queued", 1, hanging.queued());
        } finally {
            reader.shutdownNow();
        }
    }

    @Test
    public void manyReadersOfAStaleSnapshot_startOneSearch_andNoneWaitsForIt() throws Exception {
        BlockingSource blocking = new BlockingSource(world.reads);
        TeamSnapshots nodeC = new TeamSnapshots(world.directory, blocking, world.marks, world.clock, pool, SnapshotTimes.DEFAULT::waitWhenStaleFor);
        blocking.passThrough.set(true);
        nodeC.current(PLATFORM);
        blocking.passThrough.set(false);
        edit(OPS_12, 3);
        world.snapshots.issueChanged(OPS_12, Optional.empty());
        world.clock.set("2026-03-02T08:00:31Z");

        ExecutorService readers = Executors.newFixedThreadPool(8);
        try {
            List<Future<TeamSnapshot>> served = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                served.add(readers.submit(() -> nodeC.snapshot(PLATFORM).orElseThrow()));
            }
            for (Future<TeamSnapshot> one : served) {
                assertTrue("served stale while the search is blocked",
                        one.get(WAIT_SECONDS, TimeUnit.SECONDS).staleSince().isPresent());
            }
            assertTrue(blocking.searchStarted.await(WAIT_SECONDS, TimeUnit.SECONDS));
            assertEquals("the first search, then one in the background", 2, blocking.searches);
        } finally {
            blocking.release.countDown();
            readers.shutdownNow();
        }
    }

    @Test
    public void anEditArrivingWhileABackgroundSearchRuns_isNotLost() throws Exception {
        BlockingSource blocking = new BlockingSource(world.reads);
        TeamSnapshots node = new TeamSnapshots(world.directory, blocking, world.marks, world.clock, pool, SnapshotTimes.DEFAULT::waitWhenStaleFor);
        blocking.passThrough.set(true);
        node.current(PLATFORM);
        blocking.passThrough.set(false);
        // The periodic reconciliation starts a search, which reads the issues and is held there.
        world.clock.set("2026-03-02T08:16:00Z");
        node.current(PLATFORM);
        assertTrue(blocking.searchStarted.await(WAIT_SECONDS, TimeUnit.SECONDS));

        WorkItem edited = edit(OPS_12, 3);
        node.issueChanged(OPS_12, Optional.empty());
        assertEquals("patched at once", edited, itemOf(node, OPS_12));
        blocking.release.countDown();
        assertTrue(pool.ended.await(WAIT_SECONDS, TimeUnit.SECONDS));

        assertEquals("the search read the issue before the edit, the edit stays", edited, itemOf(node, OPS_12));
        assertEquals(2, blocking.searches);
    }

    @Test
    public void anEditArrivingWhileTheFirstSearchRuns_isInTheSnapshotItMakes() throws Exception {
        BlockingSource blocking = new BlockingSource(world.reads);
        TeamSnapshots node = new TeamSnapshots(world.directory, blocking, world.marks, world.clock, pool, SnapshotTimes.DEFAULT::waitWhenStaleFor);
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            Future<TeamAssessment> first = reader.submit(() -> node.current(PLATFORM).orElseThrow());
            assertTrue(blocking.searchStarted.await(WAIT_SECONDS, TimeUnit.SECONDS));

            WorkItem edited = edit(OPS_12, 3);
            node.issueChanged(OPS_12, Optional.empty());
            blocking.release.countDown();

            assertEquals(edited, first.get(WAIT_SECONDS, TimeUnit.SECONDS).verdictFor(OPS_12).orElseThrow().item());
        } finally {
            reader.shutdownNow();
        }
    }

    @Test
    public void aFailedFirstSearch_reachesTheReader_keepsNothing_andTheNextReadSearchesAgain() {
        FailingOnce failing = new FailingOnce(world.reads);
        TeamSnapshots node = new TeamSnapshots(world.directory, failing, world.marks, world.clock, Runnable::run, SnapshotTimes.DEFAULT::waitWhenStaleFor);

        IllegalStateException failed = assertThrows(IllegalStateException.class, () -> node.current(PLATFORM));

        assertEquals("Jira's search failed", failed.getMessage());
        assertEquals(3, node.current(PLATFORM).orElseThrow().verdicts().size());
    }

    @Test
    public void editsOnTwoNodes_atOnce_leaveBothWithBothEdits_onceTheyHaveSearched() {
        world.snapshots.current(PLATFORM);
        nodeB.current(PLATFORM);
        WorkItem onA = edit(OPS_12, 3);
        world.snapshots.issueChanged(OPS_12, Optional.empty());
        WorkItem onB = edit(IssueKey.parse("OPS-7"), 5);
        nodeB.issueChanged(IssueKey.parse("OPS-7"), Optional.empty());
        world.clock.set("2026-03-02T08:01:00Z");

        world.snapshots.current(PLATFORM);
        nodeB.current(PLATFORM);

        for (TeamSnapshots node : List.of(world.snapshots, nodeB)) {
            assertEquals(onA, itemOf(node, OPS_12));
            assertEquals(onB, itemOf(node, IssueKey.parse("OPS-7")));
        }
    }

    private WorkItem edit(IssueKey key, double hours) {
        WorkItem was = world.work.workOf(PLATFORM).stream().filter(item -> item.key().equals(key)).findFirst()
                .orElseThrow();
        WorkItem edited = anIssue(key.toString()).remaining(hours)
                .committedTo(was.commitment().orElseThrow().date().toString(),
                        was.commitment().orElseThrow().customerIfKnown().orElseThrow().name())
                .build();
        world.work.put(edited);
        return edited;
    }

    private static WorkItem itemOf(TeamSnapshots node, IssueKey key) {
        return node.current(PLATFORM).orElseThrow().verdictFor(key).orElseThrow().item();
    }

    /** The refresh threads, telling when the first background task has ended (its snapshot installed). */
    private static final class TrackedPool implements Executor {
        final CountDownLatch ended = new CountDownLatch(1);
        private final Executor threads;

        TrackedPool(Executor threads) {
            this.threads = threads;
        }

        @Override
        public void execute(Runnable task) {
            threads.execute(() -> {
                try {
                    task.run();
                } finally {
                    ended.countDown();
                }
            });
        }
    }

    /** Runs tasks where it is told: at once, or queued until the test runs them. */
    private static final class StepExecutor implements Executor {
        private final Queue<Runnable> queue = new ArrayDeque<>();
        private boolean queueing;

        void queueFromNowOn() {
            queueing = true;
        }

        @Override
        public synchronized void execute(Runnable task) {
            if (queueing) {
                queue.add(task);
            } else {
                task.run();
            }
        }

        synchronized int queued() {
            return queue.size();
        }

        void runQueued() {
            List<Runnable> tasks;
            synchronized (this) {
                tasks = new ArrayList<>(queue);
                queue.clear();
            }
            tasks.forEach(Runnable::run);
        }
    }

    /** A source whose team searches read the issues, then wait for the test to release them. */
    private static final class BlockingSource implements WorkItemSource {
        // Only counted by the searching threads, one at a time: a team has one search under way at most.
        final AtomicBoolean passThrough = new AtomicBoolean();
        final CountDownLatch searchStarted = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        private final CountingWorkItemSource source;
        volatile int searches;

        BlockingSource(CountingWorkItemSource source) {
            this.source = source;
        }

        @Override
        public List<WorkItem> workOf(TeamKey team) {
            searches++;
            List<WorkItem> read = source.workOf(team);
            if (!passThrough.get()) {
                searchStarted.countDown();
                try {
                    release.await(WAIT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            return read;
        }

        @Override
        public Optional<WorkItem> workItemOf(TeamKey team, IssueKey issue) {
            return source.workItemOf(team, issue);
        }
    }

    /** A source whose first team search fails as Jira's can. */
    private static final class FailingOnce implements WorkItemSource {
        private final CountingWorkItemSource source;
        private boolean failed;

        FailingOnce(CountingWorkItemSource source) {
            this.source = source;
        }

        @Override
        public List<WorkItem> workOf(TeamKey team) {
            if (!failed) {
                failed = true;
                throw new IllegalStateException("Jira's search failed");
            }
            return source.workOf(team);
        }

        @Override
        public Optional<WorkItem> workItemOf(TeamKey team, IssueKey issue) {
            return source.workItemOf(team, issue);
        }
    }
}
