package io.promisedesk.bench;

import io.promisedesk.team.Team;
import io.promisedesk.team.TeamDirectory;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import io.promisedesk.workload.OvercommitOutcome;
import io.promisedesk.workload.TeamAssessment;
import io.promisedesk.workload.VisibleAssessment;
import io.promisedesk.workload.WorkItemSource;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The team snapshots as they were before issue 14, kept only to be measured against: one snapshot per team and day,
 * forgotten on every issue event of the team, and computed again by the next reader on its own thread (concurrent
 * readers share that one computation). The panel on top of it is {@code CheckOvercommit}'s.
 */
final class SnapshotsBeforeIssue14 {
    private final TeamDirectory directory;
    private final WorkItemSource work;
    private final Clock clock;
    private final ConcurrentMap<TeamKey, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(LocalDate today, FutureTask<TeamAssessment> task) {
    }

    SnapshotsBeforeIssue14(TeamDirectory directory, WorkItemSource work, Clock clock) {
        this.directory = directory;
        this.work = work;
        this.clock = clock;
    }

    Optional<TeamAssessment> current(TeamKey key) {
        Optional<Team> team = directory.team(key);
        if (team.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = team.get().today(clock);
        while (true) {
            Entry entry = entries.get(key);
            if (entry == null || !entry.today().equals(today)) {
                Entry fresh = new Entry(today, new FutureTask<>(
                        () -> TeamAssessment.assess(team.get(), work.workOf(key), today)));
                boolean placed = entry == null ? entries.putIfAbsent(key, fresh) == null
                        : entries.replace(key, entry, fresh);
                if (!placed) {
                    continue;
                }
                entry = fresh;
                entry.task().run();
            }
            try {
                return Optional.of(entry.task().get());
            } catch (ExecutionException | InterruptedException failed) {
                entries.remove(key, entry);
                throw new IllegalStateException(failed);
            }
        }
    }

    OvercommitOutcome panel(IssueKey issue) {
        Optional<TeamAssessment> team = directory.teamOf(issue).flatMap(this::current);
        if (team.isEmpty()) {
            return new OvercommitOutcome.NoTeam();
        }
        VisibleAssessment visible = team.get().visibleTo(any -> true);
        return visible.riskOf(issue, 5).<OvercommitOutcome>map(OvercommitOutcome.Committed::new)
                .orElseGet(() -> new OvercommitOutcome.Uncommitted(visible));
    }

    /** What the issue listener did: the team's snapshot forgotten. */
    void issueChanged(IssueKey issue) {
        directory.teamOf(issue).ifPresent(entries::remove);
    }
}
