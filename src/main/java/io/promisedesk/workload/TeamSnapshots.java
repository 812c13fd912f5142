package io.promisedesk.workload;

import io.promisedesk.common.Require;
import io.promisedesk.team.Team;
import io.promisedesk.team.TeamDirectory;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Gives each configured team's current assessment, computed from the ports on the team's today and cached until
 * the day ends in the team's time zone or a change to the team's issues or settings invalidates it.
 */
public final class TeamSnapshots {
    private final TeamDirectory directory;
    private final WorkItemSource work;
    private final SnapshotCache cache;
    private final Clock clock;

    public TeamSnapshots(TeamDirectory directory, WorkItemSource work, SnapshotCache cache, Clock clock) {
        this.directory = Require.present(directory, "directory");
        this.work = Require.present(work, "work");
        this.cache = Require.present(cache, "cache");
        this.clock = Require.present(clock, "clock");
    }

    /** The team's assessment as of today in its time zone; empty when no such team is configured. */
    public Optional<TeamAssessment> current(TeamKey key) {
        Require.present(key, "team");
        Optional<Team> configured = directory.team(key);
        if (configured.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = configured.get().today(clock);
        return Optional.of(cache.get(key, today, () -> assess(key, configured.get(), today)));
    }

    /**
     * Reads the team again inside the computation: settings changed after the read above and before the cache
     * placed this computation would otherwise be kept past their invalidation. The day stays the key's, so a value
     * is never kept under a day it was not computed for.
     */
    private TeamAssessment assess(TeamKey key, Team readBefore, LocalDate today) {
        Team team = directory.team(key).orElse(readBefore);
        return TeamAssessment.assess(team, work.workOf(key), today);
    }

    /** Forgets the team's snapshot everywhere, so that the next request computes it from the ports. */
    public void invalidate(TeamKey team) {
        cache.invalidate(Require.present(team, "team"));
    }

    /**
     * An issue was created, edited, moved or deleted: forgets the snapshot of the team it belongs to now and of the
     * team it belonged to before, when the caller knows that one (an issue moved to another project or out of a
     * team's filter leaves a stale snapshot behind otherwise).
     */
    public void issueChanged(IssueKey issue, Optional<TeamKey> previousTeam) {
        Require.present(issue, "issue");
        Require.present(previousTeam, "previousTeam");
        Optional<TeamKey> currentTeam = directory.teamOf(issue);
        currentTeam.ifPresent(cache::invalidate);
        previousTeam.filter(previous -> !currentTeam.equals(Optional.of(previous))).ifPresent(cache::invalidate);
    }

    /**
     * An issue moved to another project and took a new key: forgets the snapshots of the teams of both keys, as the
     * directory still places the old key by its project.
     */
    public void issueMoved(IssueKey previousKey, IssueKey currentKey) {
        Require.present(previousKey, "previousKey");
        issueChanged(Require.present(currentKey, "currentKey"), directory.teamOf(previousKey));
    }

    /**
     * Some team's settings changed: forgets every snapshot, since new projects or a new filter for one team can
     * take issues from another, and settings change rarely enough that recomputing all teams costs nothing.
     */
    public void settingsChanged() {
        cache.invalidateAll();
    }
}
