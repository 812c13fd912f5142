package io.promisedesk.bench;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.CommitmentStore;
import io.promisedesk.commitment.SavedCommitment;
import io.promisedesk.commitment.StoredCommitment;
import io.promisedesk.jira.store.AoCommitmentStore;
import io.promisedesk.jira.store.FakeActiveObjects;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Who holds each of a team's commitments ("My commitments"), read from the Active Objects store: {@code perIssue}
 * loads each committed issue's commitments (the page before this change), {@code together} asks
 * {@link CommitmentStore#currentOf} once (one query per 500 issues). The store runs on the tests' in-memory Active
 * Objects, each query paying {@code queryMicros} of waiting as the database round trip (an assumption, see
 * docs/performance.md). The team is the first of {@link RealisticWorkload}: its committed issues among its first
 * 10,000 open ones, each with one commitment, a third of them set by the reader.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Threads(1)
public class CommitmentHoldersBenchmark {
    private static final int OPEN_ISSUES = 10_000;
    private static final String READER = "sam";

    @Param({"perIssue", "together"})
    public String design;

    /** The waiting each query pays, as a database round trip would. */
    @Param({"500"})
    public long queryMicros;

    private final AtomicLong queries = new AtomicLong();
    private final AtomicLong operations = new AtomicLong();
    private CommitmentStore store;
    private List<IssueKey> committed;

    @Setup
    public void aTeamsCommitments() {
        List<WorkItem> items = RealisticWorkload.generate(1, OPEN_ISSUES).get(0).items();
        committed = items.stream().filter(WorkItem::isCommitted).map(WorkItem::key).toList();
        FakeActiveObjects fake = new FakeActiveObjects();
        CommitmentStore filling = new AoCommitmentStore(fake.jira());
        int index = 0;
        for (WorkItem item : items) {
            if (item.isCommitted()) {
                String author = index++ % 3 == 0 ? READER : "kim";
                Commitment commitment = item.commitment().orElseThrow();
                filling.save(new StoredCommitment(item.key(), commitment, Optional.empty(), author,
                        Instant.parse("2026-03-01T10:00:00Z")), Optional.empty()).orElseThrow();
            }
        }
        store = new AoCommitmentStore(slowed(fake.jira()));
    }

    @Benchmark
    public long holdersOfOneTeam() {
        operations.incrementAndGet();
        if (design.equals("perIssue")) {
            return committed.stream().filter(key -> store.load(key).map(SavedCommitment::current)
                    .filter(current -> current.author().equals(READER)).isPresent()).count();
        }
        return store.currentOf(committed).values().stream()
                .filter(current -> current.author().equals(READER)).count();
    }

    @TearDown
    public void report() {
        System.out.printf("%n[holders] design=%s: %d committed issues, %d queries per read (%d reads)%n",
                design, committed.size(), queries.get() / Math.max(1, operations.get()), operations.get());
    }

    /** Active Objects whose every query ({@code find}) waits {@link #queryMicros} first, and is counted. */
    private ActiveObjects slowed(ActiveObjects fast) {
        return (ActiveObjects) Proxy.newProxyInstance(ActiveObjects.class.getClassLoader(),
                new Class<?>[] {ActiveObjects.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("find")) {
                        queries.incrementAndGet();
                        LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(queryMicros));
                    }
                    try {
                        return method.invoke(fast, arguments);
                    } catch (InvocationTargetException failed) {
                        throw failed.getCause();
                    }
                });
    }
}
