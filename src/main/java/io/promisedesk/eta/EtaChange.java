package io.promisedesk.eta;

import io.promisedesk.common.Require;
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

    public static final int MAX_REASON = 1_000;

    public EtaChange {
        Require.present(issue, "issue");
        author = Require.notBlank(author, "author", Require.USER_NAME_LENGTH);
        Require.present(when, "when");
        Require.present(oldEta, "oldEta");
        Require.present(newEta, "newEta");
        reason = Require.optionalText(reason, "reason", EtaChange.MAX_REASON);
    }

    /** The ETA moved later than it was. */
    public boolean isSlip() {
        return oldEta.isPresent() && newEta.isAfter(oldEta.get());
    }

    public boolean isFirst() {
        return oldEta.isEmpty();
    }
}
