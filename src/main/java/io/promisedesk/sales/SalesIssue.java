package io.promisedesk.sales;

import io.promisedesk.common.Require;
import io.promisedesk.team.Team;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.TeamAssessment;

/**
 * An issue as the sales pages and the commitment resource read it: the issue as its team's work has it now, with the
 * team, whose time zone and workload a promise is judged by, and the team's snapshot.
 */
public record SalesIssue(WorkItem issue, Team team, TeamAssessment assessment) {
    public SalesIssue {
        Require.present(issue, "issue");
        Require.present(team, "team");
        Require.present(assessment, "assessment");
    }
}
