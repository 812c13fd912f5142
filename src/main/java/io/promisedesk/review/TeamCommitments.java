package io.promisedesk.review;

import io.promisedesk.common.Require;
import io.promisedesk.team.WorkingDays;
import io.promisedesk.workload.IssueVerdict;
import io.promisedesk.workload.TeamAssessment;

import java.util.List;

/** One team's verdicts on its open commitments, with the working days its ETA slips are counted in. */
public record TeamCommitments(WorkingDays workingDays, List<IssueVerdict> verdicts) {
    public TeamCommitments {
        Require.present(workingDays, "workingDays");
        verdicts = List.copyOf(Require.present(verdicts, "verdicts"));
    }

    public static TeamCommitments of(TeamAssessment assessment) {
        Require.present(assessment, "assessment");
        return new TeamCommitments(new WorkingDays(assessment.team()), assessment.verdicts());
    }
}
