package io.promisedesk.sales;

import io.promisedesk.common.Require;
import io.promisedesk.team.Team;
import io.promisedesk.team.TeamDirectory;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.IssueVerdict;
import io.promisedesk.workload.TeamSnapshot;
import io.promisedesk.workload.TeamSnapshots;
import io.promisedesk.workload.WorkItemSource;

import java.util.Optional;

/** Finds an issue for sales by its key; whether the reader may browse it is the caller's to ask first. */
public final class SalesIssues {
    private final TeamDirectory teams;
    private final TeamSnapshots snapshots;
    private final WorkItemSource work;

    public SalesIssues(TeamDirectory teams, TeamSnapshots snapshots, WorkItemSource work) {
        this.teams = Require.present(teams, "teams");
        this.snapshots = Require.present(snapshots, "snapshots");
        this.work = Require.present(work, "work");
    }

    /** The issue with its team and the team's snapshot; empty for an issue of no configured team, which has nothing for sales. */
    public Optional<SalesIssue> find(IssueKey key) {
        Require.present(key, "key");
        Optional<TeamKey> teamKey = teams.teamOf(key);
        Optional<Team> team = teamKey.flatMap(teams::team);
        Optional<TeamSnapshot> snapshot = teamKey.flatMap(snapshots::snapshot);
        if (team.isEmpty() || snapshot.isEmpty()) {
            return Optional.empty();
        }
        // A committed open issue is in the cached snapshot; only others cost a read of the team's work.
        Optional<WorkItem> issue = snapshot.get().assessment().verdictFor(key).map(IssueVerdict::item)
                .or(() -> work.workOf(teamKey.get()).stream().filter(item -> item.key().equals(key)).findFirst());
        return issue.map(found -> new SalesIssue(found, team.get(), snapshot.get()));
    }
}
