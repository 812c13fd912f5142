package io.promisedesk.workload;

import io.promisedesk.common.Require;
import io.promisedesk.team.TeamDirectory;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/** Tells what the overcommit panel of an issue shows, from its team's cached snapshot. */
public final class CheckOvercommit {
    private final TeamDirectory directory;
    private final TeamSnapshots snapshots;

    public CheckOvercommit(TeamDirectory directory, TeamSnapshots snapshots) {
        this.directory = Require.present(directory, "directory");
        this.snapshots = Require.present(snapshots, "snapshots");
    }

    /**
     * @param contributorLimit how many of the largest issues due by the issue's date to list, at least 0
     * @param browsable        the issues the reader may browse: no other is listed or counted
     */
    public OvercommitOutcome check(IssueKey issue, int contributorLimit, Predicate<IssueKey> browsable) {
        Require.present(issue, "issue");
        Require.present(browsable, "browsable");
        if (contributorLimit < 0) {
            throw new IllegalArgumentException("contributorLimit must be >= 0, was " + contributorLimit);
        }
        Optional<TeamSnapshot> team = directory.teamOf(issue).flatMap(snapshots::snapshot);
        if (team.isEmpty()) {
            return new OvercommitOutcome.NoTeam();
        }
        Optional<Instant> staleSince = team.get().staleSince();
        VisibleAssessment visible = team.get().assessment().visibleTo(browsable);
        return visible.riskOf(issue, contributorLimit)
                .<OvercommitOutcome>map(risk -> new OvercommitOutcome.Committed(risk, staleSince))
                .orElseGet(() -> new OvercommitOutcome.Uncommitted(visible, staleSince));
    }
}
