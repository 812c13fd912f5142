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
    public SavedCommitment save(StoredCommitment commitment) {
        Require.present(commitment, "commitment");
        return commitments.compute(commitment.issue(), (issue, before) ->
                new SavedCommitment(commitment, Optional.ofNullable(before).map(SavedCommitment::current)));
    }
}
