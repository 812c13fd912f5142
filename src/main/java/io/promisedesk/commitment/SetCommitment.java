package io.promisedesk.commitment;

import io.promisedesk.common.Hours;
import io.promisedesk.common.Require;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.CheckPromise;
import io.promisedesk.workload.PromiseAnswer;
import io.promisedesk.workload.PromiseOutcome;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Sets an issue's commitment for sales, and before that answers whether the team can meet it: the same check runs
 * when the form asks and again when it saves, so the answer shown with the saved commitment is today's.
 */
public final class SetCommitment {
    private final CommitmentStore store;
    private final CheckPromise checkPromise;
    private final Clock clock;

    public SetCommitment(CommitmentStore store, CheckPromise checkPromise, Clock clock) {
        this.store = Require.present(store, "store");
        this.checkPromise = Require.present(checkPromise, "checkPromise");
        this.clock = Require.present(clock, "clock");
    }

    /**
     * Whether the team can meet the commitment asked for, saving nothing.
     *
     * @throws io.promisedesk.common.InvalidValueException for a date before the team's today
     */
    public PromiseOutcome check(SetCommitmentCommand command) {
        Commitment promise = promise(command, clock.instant());
        return answer(command, promise.date());
    }

    /**
     * Saves the commitment, the one it replaces kept as the previous, and reports whether the team can meet it.
     *
     * @throws io.promisedesk.common.InvalidValueException for a date before the team's today
     */
    public CommitmentSaved set(SetCommitmentCommand command) {
        // One reading of the clock, so the time it was set and "today" cannot fall on either side of midnight.
        Instant now = clock.instant();
        Commitment promise = promise(command, now);
        PromiseOutcome answer = answer(command, promise.date());
        SavedCommitment saved = store.save(new StoredCommitment(command.issue().key(), promise, command.note(),
                command.author(), now));
        return new CommitmentSaved(saved, answer);
    }

    private static Commitment promise(SetCommitmentCommand command, Instant now) {
        return Commitment.make(command.date(), command.customer(), LocalDate.ofInstant(now, command.team().timeZone()));
    }

    /** Work already done, or estimated at nothing, meets any date: there is nothing to ask the team. */
    private PromiseOutcome answer(SetCommitmentCommand command, LocalDate date) {
        WorkItem issue = command.issue();
        Hours remaining = issue.remainingWork(command.team().defaultEstimate());
        if (remaining.isZero()) {
            return new PromiseOutcome.Answered(new PromiseAnswer(remaining, date, true, Optional.of(date)));
        }
        return checkPromise.check(command.team().key(), issue.key(), remaining, date);
    }
}
