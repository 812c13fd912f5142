package io.promisedesk.commitment;

import io.promisedesk.work.IssueKey;

import java.util.Optional;

/**
 * Where the commitments sales set are kept, per issue. An implementation keeps every commitment it is given (the
 * history of promises); this port only ever asks for the newest and the one before it.
 */
public interface CommitmentStore {

    /** The issue's commitment and the one it replaced; empty when nobody has set one through Promise Desk. */
    Optional<SavedCommitment> load(IssueKey issue);

    /**
     * Makes {@code commitment} its issue's current one, atomically, the one it replaces becoming the previous; a
     * later save wins, since sales decides the promise and the previous one stays on record.
     *
     * @return the issue's commitment after this save, with the one it replaced
     */
    SavedCommitment save(StoredCommitment commitment);
}
