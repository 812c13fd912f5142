package io.promisedesk.workload;

import io.promisedesk.common.Hours;
import io.promisedesk.common.Require;
import io.promisedesk.team.TeamKey;

import java.time.LocalDate;

/** Answers whether a team can promise more work by a date, on the team's cached snapshot. */
public final class CheckPromise {
    private final TeamSnapshots snapshots;

    public CheckPromise(TeamSnapshots snapshots) {
        this.snapshots = Require.present(snapshots, "snapshots");
    }

    /**
     * @throws io.promisedesk.common.InvalidValueException when {@code hours} is 0 or {@code wished} is before the
     *                                                     team's today: broken input, which a form prevents
     */
    public PromiseOutcome check(TeamKey team, Hours hours, LocalDate wished) {
        Require.present(team, "team");
        Require.present(hours, "hours");
        Require.present(wished, "wished");
        return snapshots.current(team)
                .<PromiseOutcome>map(assessment -> new PromiseOutcome.Answered(PromiseCheck.check(assessment, hours, wished)))
                .orElseGet(() -> new PromiseOutcome.UnknownTeam(team));
    }
}
