package io.promisedesk.bench;

import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.WorkItemSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A stand-in for Jira's search of one team's open issues that costs what Jira's costs: {@link #SEARCH_MICROS_PER_ISSUE}
 * per issue found, paid page by page as waiting time, and {@link #LOOKUP_MICROS} for reading one issue. Counts both.
 *
 * <p>The figures are assumptions, taken pessimistic (see docs/performance.md, "Panel under an edit stream"): Atlassian
 * reports its epic picker needed more than 5 s for 100,000-200,000 epics read from the Lucene index, 25-50 µs per
 * document read; building a whole {@code Issue} and reading two custom fields costs more, so 200 µs per issue (2 s for
 * 10,000 issues). One issue read by key is a database round trip or an index hit: 1 ms.
 */
final class SlowJiraSearch implements WorkItemSource {
    static final long SEARCH_MICROS_PER_ISSUE = 200;
    static final long LOOKUP_MICROS = 1_000;
    private static final int PAGE = 500;

    private final TeamKey team;
    private final Map<IssueKey, WorkItem> open;
    private final AtomicLong fullSearches = new AtomicLong();
    private final AtomicLong lookups = new AtomicLong();

    SlowJiraSearch(TeamKey team, List<WorkItem> openItems) {
        this(team, new ConcurrentHashMap<>());
        openItems.forEach(item -> open.put(item.key(), item));
    }

    private SlowJiraSearch(TeamKey team, Map<IssueKey, WorkItem> open) {
        this.team = team;
        this.open = open;
    }

    /** The same Jira seen from another node: the same issues, its own counts. */
    SlowJiraSearch onAnotherNode() {
        return new SlowJiraSearch(team, open);
    }

    /** Jira's issue as it is now, changed by an edit: the next search or lookup reads it. */
    void edit(WorkItem changed) {
        open.put(changed.key(), changed);
    }

    WorkItem issue(IssueKey key) {
        return open.get(key);
    }

    long fullSearches() {
        return fullSearches.get();
    }

    long lookups() {
        return lookups.get();
    }

    @Override
    public List<WorkItem> workOf(TeamKey asked) {
        if (!team.equals(asked)) {
            return List.of();
        }
        fullSearches.incrementAndGet();
        List<WorkItem> found = new ArrayList<>(open.size());
        List<WorkItem> all = new ArrayList<>(open.values());
        for (int start = 0; start < all.size(); start += PAGE) {
            List<WorkItem> page = all.subList(start, Math.min(all.size(), start + PAGE));
            pay(page.size() * SEARCH_MICROS_PER_ISSUE);
            found.addAll(page);
        }
        return found;
    }

    /** One issue read by key, as a patch reads it. */
    @Override
    public Optional<WorkItem> workItemOf(TeamKey asked, IssueKey key) {
        lookups.incrementAndGet();
        pay(LOOKUP_MICROS);
        return team.equals(asked) ? Optional.ofNullable(open.get(key)) : Optional.empty();
    }

    private static void pay(long micros) {
        long deadline = System.nanoTime() + TimeUnit.MICROSECONDS.toNanos(micros);
        for (long left = micros * 1_000; left > 0; left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }
}
