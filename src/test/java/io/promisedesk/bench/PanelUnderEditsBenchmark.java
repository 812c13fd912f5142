package io.promisedesk.bench;

import io.promisedesk.common.Hours;
import io.promisedesk.team.InMemoryTeamDirectory;
import io.promisedesk.team.Team;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.CheckOvercommit;
import io.promisedesk.workload.InMemoryChangeMarks;
import io.promisedesk.workload.IssueVerdict;
import io.promisedesk.workload.OvercommitOutcome;
import io.promisedesk.workload.RefreshPool;
import io.promisedesk.workload.TeamAssessment;
import io.promisedesk.workload.SnapshotTimes;
import io.promisedesk.workload.TeamSnapshots;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The overcommit panel's server time (the team's snapshot and the issue's outcome, without rendering: see
 * {@link PanelRenderingBenchmark}) on a team of {@value #OPEN_ISSUES} open issues, read back to back by
 * {@value #READERS} thread (JMH's {@code -t} sets more) while an editor changes one committed issue's remaining estimate every {@code editEveryMs} and hands the change to
 * the snapshots as Jira's issue event would, on the editor's thread. Jira's search is {@link SlowJiraSearch}.
 *
 * <p>Besides the sampled panel times, the trial prints how many full searches ran and how long after each edit a
 * view of the edited issue first showed it (a prober of its own views it right after the event, and again every
 * millisecond until it does). In the {@code patched} design a second node (its own snapshots on the same Jira and
 * change marks, no readers but its prober) is probed too, every 10 ms, for how long other nodes lag behind.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 10)
@Threads(PanelUnderEditsBenchmark.READERS)
public class PanelUnderEditsBenchmark {
    static final int OPEN_ISSUES = 10_000;
    /** Readers by default; {@code -t 4} on the command line runs four (more than this machine's two cores). */
    static final int READERS = 1;
    private static final int ISSUES = 1024;
    private static final long PROBE_GIVES_UP_MS = 30_000;

    /**
     * {@code before}: the design before issue 14, the team's snapshot forgotten on every event and computed again by
     * a reader ({@link SnapshotsBeforeIssue14}); {@code patched}: {@code TeamSnapshots}, which patches the edited issue
     * into the snapshot and searches only in the background.
     */
    @Param({"before", "patched"})
    public String design;

    @Param({"1000"})
    public long editEveryMs;

    private Team team;
    private SlowJiraSearch search;
    private SnapshotsBeforeIssue14 before;
    private TeamSnapshots snapshots;
    private RefreshPool refreshPool;
    private SlowJiraSearch searchOfNodeB;
    private TeamSnapshots nodeB;
    private RefreshPool refreshPoolOfNodeB;
    private final List<Long> nodeBStalenessMillis = new ArrayList<>();
    private int nodeBNeverSeen;
    private CheckOvercommit panels;
    private final IssueKey[] committed = new IssueKey[ISSUES];
    private final AtomicInteger nextReader = new AtomicInteger();
    private ScheduledExecutorService editor;
    private ExecutorService prober;
    private final List<Long> stalenessMillis = new ArrayList<>();
    /** How long each edit's event took on the editor's thread (in Jira: the edit's own request), in microseconds. */
    private final List<Long> eventMicros = new ArrayList<>();
    private int edits;
    private int rightOnFirstView;
    private int neverSeen;

    @Setup(Level.Trial)
    public void startTheEditStream() {
        RealisticWorkload.TeamWork generated = RealisticWorkload.generate(1, OPEN_ISSUES * 3).get(0);
        team = generated.team();
        List<WorkItem> open = generated.items().stream().filter(item -> !item.isResolved()).limit(OPEN_ISSUES).toList();
        if (open.size() != OPEN_ISSUES) {
            throw new IllegalStateException("only " + open.size() + " open issues generated");
        }
        InMemoryTeamDirectory directory = new InMemoryTeamDirectory();
        directory.put(team);
        directory.assignProject(open.get(0).key().project(), team.key());
        search = new SlowJiraSearch(team.key(), open);
        Clock clock = Clock.fixed(RealisticWorkload.TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        switch (design) {
            case "before" -> before = new SnapshotsBeforeIssue14(directory, search, clock);
            case "patched" -> {
                refreshPool = new RefreshPool();
                InMemoryChangeMarks cluster = new InMemoryChangeMarks();
                snapshots = new TeamSnapshots(directory, search, cluster, clock, refreshPool, SnapshotTimes.DEFAULT::waitWhenStaleFor);
                panels = new CheckOvercommit(directory, snapshots);
                refreshPoolOfNodeB = new RefreshPool();
                searchOfNodeB = search.onAnotherNode();
                // The wall clock: node B's searches are spaced in time, which a fixed clock would never let pass.
                nodeB = new TeamSnapshots(directory, searchOfNodeB, cluster, Clock.system(ZoneOffset.UTC),
                        refreshPoolOfNodeB, SnapshotTimes.DEFAULT::waitWhenStaleFor);
                nodeB.current(team.key());
            }
            default -> throw new IllegalArgumentException("no design " + design);
        }
        List<IssueVerdict> verdicts = snapshot().verdicts();
        Random random = new Random(RealisticWorkload.SEED);
        for (int i = 0; i < ISSUES; i++) {
            committed[i] = verdicts.get(random.nextInt(verdicts.size())).item().key();
        }
        // Different issues in turn, so that an edit's prober never sees a later edit of the same issue.
        List<IssueKey> edited = new ArrayList<>(new java.util.LinkedHashSet<>(Arrays.asList(committed)));
        // A prober per edit, so that a slow view of one edit does not delay the probe of the next.
        prober = Executors.newCachedThreadPool();
        editor = Executors.newSingleThreadScheduledExecutor();
        editor.scheduleAtFixedRate(() -> edit(edited.get(edits % edited.size())), editEveryMs, editEveryMs,
                TimeUnit.MILLISECONDS);
        System.out.printf("%n%s: %d open issues, %d committed; an edit every %d ms%n", design,
                OPEN_ISSUES, verdicts.size(), editEveryMs);
    }

    private TeamAssessment snapshot() {
        return (before != null ? before.current(team.key()) : snapshots.current(team.key())).orElseThrow();
    }

    /** The edit in Jira, then its event on the same thread, then a view of the issue on the prober's thread. */
    private void edit(IssueKey key) {
        WorkItem was = search.issue(key);
        long hours = was.estimate().map(estimate -> estimate.millis() / 3_600_000L).orElse(0L) % 40 + 1;
        WorkItem after = rebuilt(was, Hours.of(hours + 0.5));
        long editedAt = System.nanoTime();
        search.edit(after);
        long eventStarted = System.nanoTime();
        if (before != null) {
            before.issueChanged(key);
        } else {
            snapshots.issueChanged(key, Optional.empty());
        }
        long eventTook = (System.nanoTime() - eventStarted) / 1_000;
        synchronized (stalenessMillis) {
            eventMicros.add(eventTook);
        }
        edits++;
        prober.execute(() -> probe(after, editedAt));
        if (nodeB != null) {
            prober.execute(() -> probeNodeB(after, editedAt));
        }
    }

    private void probe(WorkItem edited, long editedAt) {
        for (int view = 1; ; view++) {
            Optional<WorkItem> shown = snapshot().verdictFor(edited.key()).map(IssueVerdict::item);
            if (shown.filter(edited::equals).isPresent()) {
                synchronized (stalenessMillis) {
                    stalenessMillis.add((System.nanoTime() - editedAt) / 1_000_000);
                    rightOnFirstView += view == 1 ? 1 : 0;
                }
                return;
            }
            if (System.nanoTime() - editedAt > TimeUnit.MILLISECONDS.toNanos(PROBE_GIVES_UP_MS)) {
                synchronized (stalenessMillis) {
                    neverSeen++;
                }
                return;
            }
            sleepAMillisecond();
        }
    }

    /** Views the edited issue on node B every 10 ms until it shows the edit, or a later edit of it. */
    private void probeNodeB(WorkItem edited, long editedAt) {
        while (System.nanoTime() - editedAt < TimeUnit.MILLISECONDS.toNanos(PROBE_GIVES_UP_MS * 2)) {
            Optional<WorkItem> shown = nodeB.current(team.key()).orElseThrow().verdictFor(edited.key())
                    .map(IssueVerdict::item);
            if (shown.filter(edited::equals).isPresent()) {
                synchronized (stalenessMillis) {
                    nodeBStalenessMillis.add((System.nanoTime() - editedAt) / 1_000_000);
                }
                return;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        synchronized (stalenessMillis) {
            nodeBNeverSeen++;
        }
    }

    private static WorkItem rebuilt(WorkItem item, Hours remaining) {
        WorkItem.Builder builder = WorkItem.builder(item.key(), item.statusCategory())
                .summary(item.summary()).status(item.status())
                .assignee(item.assignee().orElse(null)).priority(item.priority().orElse(null))
                .remaining(remaining);
        item.commitment().ifPresent(builder::commitment);
        item.eta().ifPresent(builder::eta);
        return builder.build();
    }

    private static void sleepAMillisecond() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** The panel of a committed issue, as one issue view asks for it on the server. */
    @Benchmark
    public OvercommitOutcome panel(ReaderCursor cursor) {
        IssueKey issue = committed[cursor.next++ & (ISSUES - 1)];
        return before != null ? before.panel(issue) : panels.check(issue, 5, any -> true);
    }

    /** Each reader's own walk through the committed issues. */
    @State(Scope.Thread)
    public static class ReaderCursor {
        int next;

        @Setup(Level.Trial)
        public void start(PanelUnderEditsBenchmark benchmark) {
            next = benchmark.nextReader.getAndIncrement() * 97;
        }
    }

    @TearDown(Level.Trial)
    public void stopAndReport() throws InterruptedException {
        editor.shutdownNow();
        editor.awaitTermination(PROBE_GIVES_UP_MS, TimeUnit.MILLISECONDS);
        prober.shutdown();
        prober.awaitTermination(PROBE_GIVES_UP_MS * 3, TimeUnit.MILLISECONDS);
        if (refreshPool != null) {
            refreshPool.close();
            refreshPoolOfNodeB.close();
        }
        List<Long> sorted;
        List<Long> events;
        synchronized (stalenessMillis) {
            sorted = stalenessMillis.stream().sorted().toList();
            events = eventMicros.stream().sorted().toList();
        }
        System.out.printf("%n%s, whole trial (warmup included): %d edits, %d full searches, %d one-issue lookups%n",
                design, edits, search.fullSearches(), search.lookups());
        System.out.printf("%s: edited issue seen by its next view %d of %d times; edit to first view showing it: "
                        + "p50 %d ms, p99 %d ms, max %d ms; never seen within %d s: %d%n",
                design, rightOnFirstView, sorted.size(), percentile(sorted, 50), percentile(sorted, 99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1), PROBE_GIVES_UP_MS / 1000, neverSeen);
        System.out.printf("%s: the edit's event on the editor's thread: p50 %.1f ms, max %.1f ms%n", design,
                percentile(events, 50) / 1000.0, events.isEmpty() ? 0 : events.get(events.size() - 1) / 1000.0);
        if (nodeB != null) {
            List<Long> lag;
            synchronized (stalenessMillis) {
                lag = nodeBStalenessMillis.stream().sorted().toList();
            }
            System.out.printf("%s, node B: %d full searches (its first included), %d lookups; edit to node B showing "
                            + "it: p50 %d ms, p99 %d ms, max %d ms over %d edits; never seen within %d s: %d%n",
                    design, searchOfNodeB.fullSearches(), searchOfNodeB.lookups(), percentile(lag, 50),
                    percentile(lag, 99), lag.isEmpty() ? 0 : lag.get(lag.size() - 1), lag.size(),
                    PROBE_GIVES_UP_MS * 2 / 1000, nodeBNeverSeen);
        }
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }
}
