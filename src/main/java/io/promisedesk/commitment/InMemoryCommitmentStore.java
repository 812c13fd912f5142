package io.promisedesk.commitment;

import io.promisedesk.common.Require;
import io.promisedesk.work.IssueKey;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps commitments in memory, for tests and the local workbench; safe to share between threads. */
public final class InMemoryCommitmentStore implements CommitmentStore {
    private final Map<IssueKey, SavedCommitment> commitments = new ConcurrentHashMap<>();

    @Override
    public Optional<SavedCommitment> load(IssueKey issue) {
        return Optional.ofNullable(commitments.get(Require.present(issue, "issue")));
    }

    @Override
    public Optional<SavedCommitment> save(StoredCommitment commitment, Optional<StoredCommitment> replacing) {
        Require.present(commitment, "commitment");
        Require.present(replacing, "replacing");
        SavedCommitment[] saved = {null};
        commitments.compute(commitment.issue(), (issue, before) -> {
            Optional<StoredCommitment> current = Optional.ofNullable(before).map(SavedCommitment::current);
            if (!current.equals(replacing)) {
                return before;
            }
            saved[0] = new SavedCommitment(commitment, current);
            return saved[0];
        });
        return Optional.ofNullable(saved[0]);
    }
}
