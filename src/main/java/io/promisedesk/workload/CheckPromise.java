package io.promisedesk.workload;

import io.promisedesk.common.Hours;
import io.promisedesk.common.PlanningHorizon;
import io.promisedesk.common.Require;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;

import java.time.LocalDate;
import java.util.List;

/** Answers whether a team can promise more work by a date, on the team's cached snapshot. */
public final class CheckPromise {
    private final TeamSnapshots snapshots;

    public CheckPromise(TeamSnapshots snapshots) {
        this.snapshots = Require.present(snapshots, "snapshots");
    }

    /**
     * @throws io.promisedesk.common.InvalidValueException when {@code hours} is 0, or {@code wished} is before the
     *                                                     team's today or beyond its {@link PlanningHorizon}
     */
    public PromiseOutcome check(TeamKey team, Hours hours, LocalDate wished) {
        Require.present(team, "team");
        Require.present(hours, "hours");
        Require.present(wished, "wished");
        return snapshots.current(team)
                .<PromiseOutcome>map(assessment -> new PromiseOutcome.Answered(PromiseCheck.check(assessment, hours,
                        PlanningHorizon.require(wished, assessment.today(), "wished"))))
                .orElseGet(() -> new PromiseOutcome.UnknownTeam(team));
    }

    /**
     * The same question for the work of one issue whose promise is set or moved: when the issue is already committed,
     * its own work is taken out of the snapshot first, or moving its date would count it twice. The date's horizon is
     * the commitment's own rule ({@link io.promisedesk.commitment.Commitment#make}), judged on the clock, not here on
     * a snapshot that may date from before midnight.
     */
    public PromiseOutcome check(TeamKey team, IssueKey issue, Hours hours, LocalDate wished) {
        Require.present(team, "team");
        Require.present(issue, "issue");
        Require.present(hours, "hours");
        Require.present(wished, "wished");
        return snapshots.current(team)
                .<PromiseOutcome>map(assessment -> new PromiseOutcome.Answered(
                        PromiseCheck.check(without(assessment, issue), hours, wished)))
                .orElseGet(() -> new PromiseOutcome.UnknownTeam(team));
    }

    /** Only committed work shapes an assessment, so judging the other committed issues again leaves exactly it out. */
    private static TeamAssessment without(TeamAssessment assessment, IssueKey issue) {
        if (assessment.verdictFor(issue).isEmpty()) {
            return assessment;
        }
        List<WorkItem> others = assessment.verdicts().stream().map(IssueVerdict::item)
                .filter(item -> !item.key().equals(issue)).toList();
        return TeamAssessment.assess(assessment.team(), others, assessment.today());
    }
}
