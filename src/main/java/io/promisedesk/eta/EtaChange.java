package io.promisedesk.eta;

import io.promisedesk.work.IssueKey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One move of an issue's ETA: who made it and when, from which ETA (absent for the first) to which, and why;
 * a move to a later date is a slip.
 */
public record EtaChange(
        IssueKey issue,
        String author,
        Instant when,
        Optional<LocalDate> oldEta,
        LocalDate newEta,
        Optional<String> reason) {

    public static final int MAX_REASON = Checks.MAX_REASON;

    public EtaChange {
        Checks.required(issue, "issue");
        author = Checks.author(author);
        Checks.required(when, "when");
        Checks.required(oldEta, "oldEta");
        Checks.required(newEta, "newEta");
        reason = Checks.reason(reason);
    }

    /** The ETA moved later than it was. */
    public boolean isSlip() {
        return oldEta.isPresent() && newEta.isAfter(oldEta.get());
    }

    public boolean isFirst() {
        return oldEta.isEmpty();
    }
}
