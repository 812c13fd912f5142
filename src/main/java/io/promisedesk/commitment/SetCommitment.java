package io.promisedesk.commitment;

import io.promisedesk.common.Hours;
import io.promisedesk.common.Require;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.CheckPromise;
import io.promisedesk.workload.PromiseAnswer;
import io.promisedesk.workload.PromiseOutcome;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Sets an issue's commitment for sales, and before that answers whether the team can meet it: the same check runs
 * when the form asks and again when it saves, so the answer shown with the saved commitment is today's. A save is
 * refused as stale when the commitment the salesperson saw is no longer the issue's ({@link CommitmentStale#unlessSeen}).
 */
public final class SetCommitment {
    private final CommitmentStore store;
    private final CheckPromise checkPromise;
    private final Clock clock;
    private final Supplier<AllowedEmailDomains> allowedDomains;

    /** {@code allowedDomains} are the administrator's as they are now, read on each check and save. */
    public SetCommitment(CommitmentStore store, CheckPromise checkPromise, Clock clock,
                         Supplier<AllowedEmailDomains> allowedDomains) {
        this.store = Require.present(store, "store");
        this.checkPromise = Require.present(checkPromise, "checkPromise");
        this.clock = Require.present(clock, "clock");
        this.allowedDomains = Require.present(allowedDomains, "allowedDomains");
    }

    /**
     * Whether the team can meet the commitment asked for, saving nothing.
     *
     * @throws io.promisedesk.common.InvalidValueException for a date before the team's today
     */
    public PromiseOutcome check(SetCommitmentCommand command) {
        Commitment promise = promise(command, clock.instant());
        requireAllowed(command, store.load(command.issue().key()).map(SavedCommitment::current));
        return answer(command, promise.date());
    }

    /**
     * Saves the commitment, the one it replaces kept as the previous, and reports whether the team can meet it; or,
     * saving nothing, the issue's commitment now when someone else changed it since the salesperson saw it.
     *
     * @throws io.promisedesk.common.InvalidValueException for a date before the team's today, once the commitment
     *         the salesperson saw is found current
     */
    public CommitmentOutcome set(SetCommitmentCommand command) {
        IssueKey issue = command.issue().key();
        // Read before the rule: a save that lands after this read makes the conditional save below refuse.
        Optional<StoredCommitment> replacing = store.load(issue).map(SavedCommitment::current);
        // Staleness first: the date's rules judge a promise the salesperson may not have seen replaced.
        Optional<CommitmentStale> stale = CommitmentStale.unlessSeen(command.expected(), command.issue().commitment());
        if (stale.isPresent()) {
            return stale.get();
        }
        // One reading of the clock, so the time it was set and "today" cannot fall on either side of midnight.
        Instant now = clock.instant();
        Commitment promise = promise(command, now);
        requireAllowed(command, replacing);
        PromiseOutcome answer = answer(command, promise.date());
        InformedAddresses informed = command.informed().orElseGet(() ->
                replacing.map(StoredCommitment::informed).orElse(InformedAddresses.none()));
        Optional<SavedCommitment> saved = store.save(new StoredCommitment(issue, promise, command.note(),
                command.author(), now, informed), replacing);
        if (saved.isEmpty()) {
            return new CommitmentStale(store.load(issue).map(after -> after.current().commitment()));
        }
        return new CommitmentSaved(saved.get(), answer);
    }

    private static Commitment promise(SetCommitmentCommand command, Instant now) {
        return Commitment.make(command.date(), command.customer(), LocalDate.ofInstant(now, command.team().timeZone()));
    }

    /**
     * Addresses typed now must be at a domain the administrator allows, unless the replaced commitment names them
     * already: those stay even after a restriction, shown as not mailed, so that nothing typed is lost
     * ({@link InformedAddresses#requireAllowed}).
     */
    private void requireAllowed(SetCommitmentCommand command, Optional<StoredCommitment> replacing) {
        InformedAddresses kept = replacing.map(StoredCommitment::informed).orElse(InformedAddresses.none());
        command.informed().ifPresent(informed -> informed.requireAllowed(allowedDomains.get(), kept));
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
