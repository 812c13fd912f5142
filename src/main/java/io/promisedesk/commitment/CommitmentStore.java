package io.promisedesk.commitment;

import io.promisedesk.common.Require;
import io.promisedesk.work.IssueKey;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the commitments sales set are kept, per issue. An implementation keeps every commitment it is given (the
 * history of promises); this port only ever asks for the newest and the one before it. Saving is conditional, so two
 * salespeople cannot overwrite each other.
 */
public interface CommitmentStore {

    /** The issue's commitment and the one it replaced; empty when nobody has set one through Promise Desk. */
    Optional<SavedCommitment> load(IssueKey issue);

    /**
     * The current commitment of each of {@code issues} that has one stored, read together: a store in a database
     * reads them in a few queries rather than one per issue (a team's committed issues on one page view). This
     * default reads them one by one.
     */
    default Map<IssueKey, StoredCommitment> currentOf(Collection<IssueKey> issues) {
        Map<IssueKey, StoredCommitment> current = new HashMap<>();
        for (IssueKey issue : Require.present(issues, "issues")) {
            load(Require.present(issue, "issue")).ifPresent(saved -> current.put(issue, saved.current()));
        }
        return Map.copyOf(current);
    }

    /**
     * Makes {@code commitment} its issue's current one, the one it replaces becoming the previous, atomically and only
     * while the issue's current one is still {@code replacing}.
     *
     * @param replacing the issue's current commitment as the caller read it; empty when it had none stored
     * @return the issue's commitment after this save, with the one it replaced; empty, saving nothing, when another
     *         save got in first
     */
    Optional<SavedCommitment> save(StoredCommitment commitment, Optional<StoredCommitment> replacing);
}
