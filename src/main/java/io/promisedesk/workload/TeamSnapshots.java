package io.promisedesk.workload;

import io.promisedesk.common.Require;
import io.promisedesk.team.Team;
import io.promisedesk.team.TeamDirectory;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Gives each configured team's current assessment from a snapshot this node keeps: patched issue by issue as issue
 * events come (one lookup and a re-assessment of the kept items), and searched again in full only where a patch cannot
 * do (no snapshot yet, a change another node made, a move from an unknown team, periodic reconciliation), in the
 * background on the pool given, one search per team at a time.
 *
 * <p>A reader waits only when this node has no snapshot of the team, or when the one it has has been known to miss a
 * change for longer than the {@link StaleWaitBound} (the admin's setting); otherwise it gets the snapshot at once, with since
 * when it is stale ({@link #snapshot}). What other nodes changed arrives through {@link ChangeMarks}: every patch marks
 * its team, and a node whose snapshot was made at another mark searches the team again (at most every
 * {@link SnapshotTimes#refreshSpacing()}). Nothing here is needed by another node: any node may lose it and search again.
 */
public final class TeamSnapshots {
    private final TeamDirectory directory;
    private final WorkItemSource work;
    private final ChangeMarks marks;
    private final Clock clock;
    private final Executor refreshPool;
    private final SnapshotTimes times;
    private final StaleWaitBound waitBound;
    private final ConcurrentMap<TeamKey, LiveTeam> teams = new ConcurrentHashMap<>();

    /** With the {@link SnapshotTimes#DEFAULT} times, a reader waiting once figures are stale for {@code waitBound}. */
    public TeamSnapshots(TeamDirectory directory, WorkItemSource work, ChangeMarks marks, Clock clock,
                         Executor refreshPool, StaleWaitBound waitBound) {
        this(directory, work, marks, clock, refreshPool, SnapshotTimes.DEFAULT, waitBound);
    }

    /** With other times, the wait bound {@link SnapshotTimes#waitWhenStaleFor()}: for tests. */
    TeamSnapshots(TeamDirectory directory, WorkItemSource work, ChangeMarks marks, Clock clock, Executor refreshPool,
                  SnapshotTimes times) {
        this(directory, work, marks, clock, refreshPool, times, times::waitWhenStaleFor);
    }

    private TeamSnapshots(TeamDirectory directory, WorkItemSource work, ChangeMarks marks, Clock clock,
                          Executor refreshPool, SnapshotTimes times, StaleWaitBound waitBound) {
        this.directory = Require.present(directory, "directory");
        this.work = Require.present(work, "work");
        this.marks = Require.present(marks, "marks");
        this.clock = Require.present(clock, "clock");
        this.refreshPool = Require.present(refreshPool, "refreshPool");
        this.times = Require.present(times, "times");
        this.waitBound = Require.present(waitBound, "waitBound");
    }

    /** The team's assessment as of today in its time zone; empty when no such team is configured. */
    public Optional<TeamAssessment> current(TeamKey key) {
        return snapshot(key).map(TeamSnapshot::assessment);
    }

    /** The team's assessment as of today in its time zone, and since when it is stale if it is; empty when no such team. */
    public Optional<TeamSnapshot> snapshot(TeamKey key) {
        Require.present(key, "team");
        Optional<Team> configured = directory.team(key);
        if (configured.isEmpty()) {
            teams.remove(key);
            return Optional.empty();
        }
        return Optional.of(teams.computeIfAbsent(key, LiveTeam::new).read(configured.get()));
    }

    /**
     * An issue was created, edited, transitioned or deleted: patches the snapshot of the team the directory gives for
     * it now and of the team it belonged to before, when the caller knows that one and it differs.
     */
    public void issueChanged(IssueKey issue, Optional<TeamKey> previousTeam) {
        Require.present(issue, "issue");
        Require.present(previousTeam, "previousTeam");
        Set<TeamKey> affected = new LinkedHashSet<>();
        directory.teamOf(issue).ifPresent(affected::add);
        previousTeam.ifPresent(affected::add);
        issueChangedIn(issue, affected);
    }

    /**
     * An issue changed that each of {@code affected} may have or may now take (teams sharing a project): patches each
     * team's snapshot with the issue as it is now, one lookup per team, and marks the team for the other nodes.
     */
    public void issueChangedIn(IssueKey issue, Collection<TeamKey> affected) {
        Require.present(issue, "issue");
        for (TeamKey team : Require.present(affected, "affected")) {
            LiveTeam live = teams.get(team);
            if (live == null) {
                // No snapshot here to patch: the next read searches anyway. Other nodes may have one.
                marks.touch(team);
            } else {
                live.patch(issue);
            }
        }
    }

    /**
     * An issue arrived under a new key from a team that is not known: the teams in {@code claiming} take it by a
     * patch; every other team's snapshot is searched again in the background, being stale until then, here and on
     * the other nodes.
     */
    public void issueArrived(IssueKey currentKey, Collection<TeamKey> claiming) {
        Require.present(currentKey, "currentKey");
        issueChangedIn(currentKey, claiming);
        for (Team team : directory.teams()) {
            if (!claiming.contains(team.key())) {
                marks.touch(team.key());
                LiveTeam live = teams.get(team.key());
                if (live != null) {
                    live.needSearch();
                }
            }
        }
    }

    /**
     * Some team's settings changed: this node forgets every snapshot (the next read searches again, as new projects or a
     * new filter for one team can take issues from another, and settings change rarely), and marks every team for the
     * other nodes, which search again in the background.
     */
    public void settingsChanged() {
        for (Team team : directory.teams()) {
            marks.touch(team.key());
        }
        // After the marks: a search started in between would otherwise keep a mark older than the change.
        teams.clear();
    }

    /**
     * What readers are served, replaced whole.
     *
     * @param items       the team's work items as searched and patched since, by key
     * @param mark        the team's change mark this snapshot reflects every change of
     * @param searchedAt  when the full search it rests on started
     * @param staleSince  when this node first saw that the snapshot misses a change, if it does
     * @param needsSearch whether it misses a change that only a search can bring (an issue arrived from elsewhere)
     */
    private record Served(TeamAssessment assessment, Map<IssueKey, WorkItem> items, Optional<String> mark,
                          Instant searchedAt, Optional<Instant> staleSince, boolean needsSearch) {

        Served stale(Instant since) {
            return staleSince.isPresent() ? this
                    : new Served(assessment, items, mark, searchedAt, Optional.of(since), needsSearch);
        }
    }

    /** One team's snapshot on this node, its patches and its single background search. */
    private final class LiveTeam {
        private final TeamKey key;
        private final AtomicReference<Served> served = new AtomicReference<>();
        /** Held while patching or installing a search's result, so that each builds on the last, in order. */
        private final Object patching = new Object();
        // Guarded by this.
        private CompletableFuture<TeamAssessment> searching;
        private Map<IssueKey, Optional<WorkItem>> patchedMeanwhile;
        private Optional<String> markAtStart;
        /** The mark this node's own patches during the search led to, unless another node's change came between. */
        private Optional<String> chainedMark;
        private boolean chainBroken;
        private Instant lastSearchStarted;

        LiveTeam(TeamKey key) {
            this.key = key;
        }

        TeamSnapshot read(Team team) {
            Served current = served.get();
            if (current == null) {
                TeamAssessment first = await(search(true));
                return new TeamSnapshot(first, Optional.empty(), clock.instant());
            }
            Instant now = clock.instant();
            LocalDate today = team.today(clock);
            if (!current.assessment().today().equals(today)) {
                current = newDay(team, today);
            }
            boolean stale = current.needsSearch() || !marks.markOf(key).equals(current.mark());
            if (!stale) {
                if (!current.searchedAt().plus(times.reconcileEvery()).isAfter(now)) {
                    search(false);
                }
                return new TeamSnapshot(current.assessment(), Optional.empty(), now);
            }
            Instant since = served.updateAndGet(kept -> kept.stale(now)).staleSince().orElse(now);
            boolean tooStale = Duration.between(since, now).compareTo(waitBound.current()) > 0;
            CompletableFuture<TeamAssessment> flight = search(tooStale || current.needsSearch());
            if (tooStale) {
                Optional<TeamAssessment> searched = awaitAtMost(flight, times.longestWait());
                if (searched.isPresent()) {
                    return new TeamSnapshot(searched.get(), Optional.empty(), clock.instant());
                }
            }
            return new TeamSnapshot(current.assessment(), Optional.of(since), now);
        }

        /** The kept items judged on the team's new day at once (no search), and a search in the background. */
        private Served newDay(Team team, LocalDate today) {
            Served renewed;
            synchronized (patching) {
                Served kept = served.get();
                if (kept.assessment().today().equals(today)) {
                    return kept;
                }
                TeamAssessment assessment = TeamAssessment.assess(team, kept.items().values(), today);
                renewed = served.updateAndGet(latest -> new Served(assessment, latest.items(), latest.mark(),
                        Instant.EPOCH, latest.staleSince(), latest.needsSearch()));
            }
            search(true);
            return renewed;
        }

        void needSearch() {
            served.updateAndGet(kept -> kept == null ? null
                    : new Served(kept.assessment(), kept.items(), kept.mark(), kept.searchedAt(), kept.staleSince(),
                    true));
        }

        /**
         * Re-reads the issue and replaces, adds or drops it in the kept items. Under the patching lock from the lookup
         * to the new snapshot, so that two events of one issue cannot be applied in the other order than they were read.
         * A lookup that fails leaves the change to a search, here and on the other nodes, rather than fail the edit.
         */
        void patch(IssueKey issue) {
            synchronized (patching) {
                Optional<WorkItem> now;
                try {
                    now = work.workItemOf(key, issue);
                } catch (RuntimeException lookupFailed) {
                    synchronized (this) {
                        // A search under way may have read the issue before the change: it must not settle the mark.
                        chainBroken = patchedMeanwhile != null || chainBroken;
                    }
                    marks.touch(key);
                    needSearch();
                    return;
                }
                Served base = served.get();
                Optional<String> markBefore = marks.markOf(key);
                boolean upToDate = base != null && markBefore.equals(base.mark());
                boolean changed = base == null || !now.equals(Optional.ofNullable(base.items().get(issue)));
                if (!changed && upToDate) {
                    return;
                }
                String markAfter = marks.touch(key);
                synchronized (this) {
                    if (patchedMeanwhile != null) {
                        // A search under way may have read the issue before this change: its result gets it too.
                        patchedMeanwhile.put(issue, now);
                        chainBroken = chainBroken || !chainedMark.equals(markBefore);
                        chainedMark = Optional.of(markAfter);
                    }
                }
                if (base == null) {
                    return;
                }
                Optional<Team> team = directory.team(key);
                if (team.isEmpty()) {
                    return;
                }
                Map<IssueKey, WorkItem> items = new LinkedHashMap<>(base.items());
                now.ifPresentOrElse(item -> items.put(issue, item), () -> items.remove(issue));
                TeamAssessment assessment = TeamAssessment.assess(team.get(), items.values(),
                        base.assessment().today());
                Optional<String> mark = upToDate ? Optional.of(markAfter) : base.mark();
                Map<IssueKey, WorkItem> kept = Collections.unmodifiableMap(items);
                served.updateAndGet(latest -> new Served(assessment, kept, mark, latest.searchedAt(),
                        latest.staleSince(), latest.needsSearch()));
            }
        }

        /**
         * The search under way, or a new one started on the pool; none when {@code now} is not due yet: a search for
         * another node's change waits {@link SnapshotTimes#refreshSpacing()} after the last one started.
         */
        private CompletableFuture<TeamAssessment> search(boolean due) {
            CompletableFuture<TeamAssessment> flight;
            synchronized (this) {
                if (searching != null) {
                    return searching;
                }
                Instant now = clock.instant();
                if (!due && lastSearchStarted != null
                        && now.isBefore(lastSearchStarted.plus(times.refreshSpacing()))) {
                    return null;
                }
                lastSearchStarted = now;
                markAtStart = marks.markOf(key);
                chainedMark = markAtStart;
                chainBroken = false;
                patchedMeanwhile = new LinkedHashMap<>();
                flight = new CompletableFuture<>();
                searching = flight;
            }
            try {
                refreshPool.execute(() -> searchAndInstall(flight));
            } catch (RejectedExecutionException rejected) {
                failed(flight, rejected);
            }
            return flight;
        }

        private void searchAndInstall(CompletableFuture<TeamAssessment> flight) {
            try {
                Instant started = clock.instant();
                Team team = directory.team(key)
                        .orElseThrow(() -> new IllegalStateException("team " + key.value() + " is not configured"));
                List<WorkItem> found = work.workOf(key);
                TeamAssessment assessment;
                synchronized (patching) {
                    synchronized (this) {
                        Map<IssueKey, WorkItem> items = new LinkedHashMap<>();
                        // An issue met twice (pages shifting while read) is kept once, as the source promises.
                        found.forEach(item -> items.putIfAbsent(item.key(), item));
                        patchedMeanwhile.forEach((issue, item) ->
                                item.ifPresentOrElse(present -> items.put(issue, present), () -> items.remove(issue)));
                        // Settings read again: a change saved during the search must not be kept past its mark.
                        Team now = directory.team(key).orElse(team);
                        assessment = TeamAssessment.assess(now, items.values(), now.today(clock));
                        Optional<String> mark = chainBroken ? markAtStart : chainedMark;
                        served.set(new Served(assessment, Collections.unmodifiableMap(items), mark, started,
                                Optional.empty(), false));
                        searching = null;
                        patchedMeanwhile = null;
                    }
                }
                flight.complete(assessment);
            } catch (RuntimeException | Error failure) {
                failed(flight, failure);
            }
        }

        /** Nothing is kept: patches applied meanwhile are in the kept snapshot, and the next search reads them anyway. */
        private void failed(CompletableFuture<TeamAssessment> flight, Throwable failure) {
            synchronized (this) {
                if (searching == flight) {
                    searching = null;
                    patchedMeanwhile = null;
                }
            }
            flight.completeExceptionally(failure);
        }
    }

    /** The search's result, or empty when it takes longer than {@code longest}: the caller then serves what it has. */
    private Optional<TeamAssessment> awaitAtMost(CompletableFuture<TeamAssessment> flight, Duration longest) {
        try {
            return Optional.of(flight.get(longest.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException slow) {
            return Optional.empty();
        } catch (ExecutionException failed) {
            throw rethrow(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a team's snapshot", interrupted);
        }
    }

    private TeamAssessment await(CompletableFuture<TeamAssessment> flight) {
        try {
            return flight.get();
        } catch (ExecutionException failed) {
            throw rethrow(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a team's snapshot", interrupted);
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("computing a snapshot failed", cause);
    }
}
