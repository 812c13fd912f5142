package io.promisedesk.commitment;

import io.promisedesk.common.Require;

import java.util.Optional;

/**
 * A commitment left as it was because someone else changed it since the salesperson saw it; it carries the issue's
 * commitment now, so that the form can show it beside what the salesperson typed and nothing is lost.
 *
 * @param current the commitment now; empty when it has none
 */
public record CommitmentStale(Optional<Commitment> current) implements CommitmentOutcome {
    /** The message telling the salesperson, whatever the path they set it on. */
    public static final String I18N_KEY = "promisedesk.commitment.rejected.stale";

    public CommitmentStale {
        Require.present(current, "current");
    }

    /**
     * The rule every path that sets a commitment applies first: a promise is changed only by someone who saw the one
     * it replaces, so that two salespeople never overwrite each other unseen. The customer counts, the note does not.
     *
     * @param expected the commitment the salesperson saw; empty when the issue had none
     * @param current  the commitment now
     * @return the refusal when they differ; empty when the change may go ahead
     */
    public static Optional<CommitmentStale> unlessSeen(Optional<Commitment> expected, Optional<Commitment> current) {
        Require.present(expected, "expected");
        return Require.present(current, "current").equals(expected)
                ? Optional.empty()
                : Optional.of(new CommitmentStale(current));
    }

    public String i18nKey() {
        return I18N_KEY;
    }
}
