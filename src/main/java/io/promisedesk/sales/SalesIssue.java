package io.promisedesk.sales;

import io.promisedesk.common.Require;
import io.promisedesk.team.Team;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.TeamAssessment;
import io.promisedesk.workload.TeamSnapshot;

/**
 * An issue as the sales pages and the commitment resource read it: the issue as its team's work has it now, with the
 * team, whose time zone and workload a promise is judged by, and the team's snapshot (with how fresh it is).
 */
public record SalesIssue(WorkItem issue, Team team, TeamSnapshot snapshot) {
    public SalesIssue {
        Require.present(issue, "issue");
        Require.present(team, "team");
        Require.present(snapshot, "snapshot");
    }

    /** The team's assessment in the snapshot. */
    public TeamAssessment assessment() {
        return snapshot.assessment();
    }
}
