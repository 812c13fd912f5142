package io.promisedesk.eta;

import io.promisedesk.common.Require;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.team.WorkingDays;
import io.promisedesk.work.IssueKey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every change of one issue's ETA, oldest first: all for that issue, none earlier than the one before it. */
public record EtaHistory(IssueKey issue, List<EtaChange> changes) {
    public EtaHistory {
        Require.present(issue, "issue");
        Require.present(changes, "changes");
        EtaChange previous = null;
        for (EtaChange change : changes) {
            requireFollows(issue, previous, Require.present(change, "changes"));
            previous = change;
        }
        changes = List.copyOf(changes);
    }

    public static EtaHistory empty(IssueKey issue) {
        return new EtaHistory(issue, List.of());
    }

    private static void requireFollows(IssueKey issue, EtaChange previous, EtaChange change) {
        if (!change.issue().equals(issue)) {
            throw new InvalidValueException("issue", "promisedesk.eta.error.history.otherIssue",
                    "must be " + issue + ", was " + change.issue(), issue.toString(), change.issue().toString());
        }
        if (previous != null && change.when().isBefore(previous.when())) {
            throw new InvalidValueException("when", "promisedesk.eta.error.history.outOfOrder",
                    "must not be before the last change at " + previous.when() + ", was " + change.when(),
                    previous.when(), change.when());
        }
    }

    /** This history with {@code change} as its newest entry; this one stays as it was. */
    public EtaHistory append(EtaChange change) {
        List<EtaChange> longer = new ArrayList<>(changes.size() + 1);
        longer.addAll(changes);
        longer.add(change);
        return new EtaHistory(issue, longer);
    }

    /** The ETA as it stands; empty when nobody has set one. */
    public Optional<LocalDate> currentEta() {
        return lastChange().map(EtaChange::newEta);
    }

    public Optional<EtaChange> lastChange() {
        return changes.isEmpty() ? Optional.empty() : Optional.of(changes.get(changes.size() - 1));
    }

    public int slipCount() {
        return (int) changes.stream().filter(EtaChange::isSlip).count();
    }

    /** The working days all slips added up; moves to an earlier date do not earn them back. */
    public long totalSlipInWorkingDays(WorkingDays workingDays) {
        long total = 0;
        for (EtaChange change : changes) {
            if (change.isSlip()) {
                total += workingDays.between(change.oldEta().orElseThrow(), change.newEta());
            }
        }
        return total;
    }
}
