package io.promisedesk.workbench;

import io.promisedesk.commitment.CommitmentStore;
import io.promisedesk.commitment.SavedCommitment;
import io.promisedesk.commitment.StoredCommitment;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * The commitments set on the sales pages, else the scenario's, held by the workbench's one salesperson
 * ({@link Role#SALESPERSON}'s label) since a day before the clock: who holds which commitment, for the digests and
 * "My commitments". Reads only; the sales pages save through the world's commitment service.
 */
record ScenarioCommitments(CommitmentStore saved, Function<IssueKey, Optional<WorkItem>> issues, Clock clock)
        implements CommitmentStore {
    @Override
    public Optional<SavedCommitment> load(IssueKey issue) {
        return saved.load(issue).or(() -> issues.apply(issue).flatMap(WorkItem::commitment)
                .map(commitment -> new SavedCommitment(new StoredCommitment(issue, commitment, Optional.empty(),
                        Role.SALESPERSON.label(), clock.instant().minusSeconds(86_400)), Optional.empty())));
    }

    @Override
    public Optional<SavedCommitment> save(StoredCommitment commitment, Optional<StoredCommitment> replacing) {
        throw new UnsupportedOperationException("the scenario's commitments are only read");
    }
}
