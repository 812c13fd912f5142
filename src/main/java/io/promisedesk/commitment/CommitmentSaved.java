package io.promisedesk.commitment;

import io.promisedesk.common.Require;
import io.promisedesk.workload.PromiseOutcome;

/**
 * A commitment saved, with the promise check's answer for its date: sales may promise a date the team cannot meet,
 * knowingly, so the answer is reported, not enforced.
 */
public record CommitmentSaved(SavedCommitment saved, PromiseOutcome promise) implements CommitmentOutcome {
    public CommitmentSaved {
        Require.present(saved, "saved");
        Require.present(promise, "promise");
    }
}
