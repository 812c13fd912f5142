package io.promisedesk.admin;

import io.promisedesk.common.Require;
import io.promisedesk.team.Team;
import io.promisedesk.team.TeamKey;
import io.promisedesk.workload.TeamAssessment;
import io.promisedesk.workload.TeamSnapshots;
import io.promisedesk.workload.WorkItemSource;

import java.util.Optional;

/**
 * A team's assessment now and under a what-if, both from the engine on the same work items and the same day, so the
 * preview differs from the saved team only by the change tried; nothing is stored or cached.
 */
public final class PreviewTeam {
    private final TeamSnapshots snapshots;
    private final WorkItemSource work;

    public PreviewTeam(TeamSnapshots snapshots, WorkItemSource work) {
        this.snapshots = Require.present(snapshots, "snapshots");
        this.work = Require.present(work, "work");
    }

    /** The team's current assessment; empty when no such team is configured. */
    public Optional<TeamAssessment> current(TeamKey key) {
        return snapshots.current(key);
    }

    /** The changed team assessed on the current assessment's day, with the team's work as it is now. */
    public TeamAssessment whatIf(TeamAssessment current, Team changed) {
        Require.present(current, "current");
        Require.present(changed, "changed");
        if (!changed.key().equals(current.team().key())) {
            throw new IllegalArgumentException("the what-if changes team " + changed.key().value()
                    + ", not the assessed team " + current.team().key().value());
        }
        return TeamAssessment.assess(changed, work.workOf(changed.key()), current.today());
    }
}
