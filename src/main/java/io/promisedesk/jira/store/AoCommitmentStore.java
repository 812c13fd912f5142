package io.promisedesk.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.CommitmentStore;
import io.promisedesk.commitment.Customer;
import io.promisedesk.commitment.InformedAddresses;
import io.promisedesk.commitment.SavedCommitment;
import io.promisedesk.commitment.StoredCommitment;
import io.promisedesk.common.Require;
import io.promisedesk.work.IssueKey;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static io.promisedesk.jira.store.Rows.columns;

/**
 * Keeps commitments in Active Objects, one row per commitment set, never updated or deleted, so the history of
 * promises stays. A save is its issue's next step, a unique column, written only while the newest row is the one the
 * caller read: of two salespeople saving from the same commitment at once the database lets one through.
 */
public final class AoCommitmentStore implements CommitmentStore {
    private final ActiveObjects ao;

    public AoCommitmentStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public Optional<SavedCommitment> load(IssueKey issue) {
        Require.present(issue, "issue");
        return ao.executeInTransaction(() -> saved(rows(issue)));
    }

    /**
     * One query per 500 issues ({@code ISSUE_KEY IN (?, ...)}, an indexed column), in one transaction, rather than one
     * query per issue; each issue's newest step is its current commitment.
     */
    @Override
    public Map<IssueKey, StoredCommitment> currentOf(Collection<IssueKey> issues) {
        List<String> keys = Require.present(issues, "issues").stream()
                .map(issue -> Require.present(issue, "issue").toString()).distinct().toList();
        if (keys.isEmpty()) {
            return Map.of();
        }
        return ao.executeInTransaction(() -> {
            Map<String, CommitmentEntity> newest = new HashMap<>();
            for (CommitmentEntity row : Rows.in(ao, CommitmentEntity.class, CommitmentEntity.ISSUE_KEY, keys)) {
                newest.merge(row.getIssueKey(), row, (kept, other) -> step(other) > step(kept) ? other : kept);
            }
            Map<IssueKey, StoredCommitment> current = new HashMap<>();
            newest.values().forEach(row -> current.put(IssueKey.parse(row.getIssueKey()), commitment(row)));
            return Map.copyOf(current);
        });
    }

    @Override
    public Optional<SavedCommitment> save(StoredCommitment commitment, Optional<StoredCommitment> replacing) {
        Require.present(commitment, "commitment");
        Require.present(replacing, "replacing");
        int[] stepsRead = {0};
        try {
            return ao.executeInTransaction(() -> {
                List<CommitmentEntity> rows = rows(commitment.issue());
                stepsRead[0] = rows.size();
                Optional<StoredCommitment> current = rows.isEmpty()
                        ? Optional.empty() : Optional.of(commitment(rows.get(rows.size() - 1)));
                if (!current.equals(replacing)) {
                    return Optional.empty();
                }
                // Checks the previous is of the same issue, as the in-memory store does, before anything is written.
                SavedCommitment saved = new SavedCommitment(commitment, current);
                ao.create(CommitmentEntity.class, row(commitment, stepsRead[0] + 1));
                return Optional.of(saved);
            });
        } catch (RuntimeException failure) {
            // The unique step refused a second writer of the same step: another save got in first.
            if (ao.executeInTransaction(() -> rows(commitment.issue()).size()) > stepsRead[0]) {
                return Optional.empty();
            }
            throw failure;
        }
    }

    private List<CommitmentEntity> rows(IssueKey issue) {
        return Rows.where(ao, CommitmentEntity.class, CommitmentEntity.ISSUE_KEY + " = ?", issue.toString()).stream()
                .sorted(Comparator.comparingInt(AoCommitmentStore::step))
                .toList();
    }

    private static Optional<SavedCommitment> saved(List<CommitmentEntity> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Optional<StoredCommitment> previous = rows.size() < 2
                ? Optional.empty() : Optional.of(commitment(rows.get(rows.size() - 2)));
        return Optional.of(new SavedCommitment(commitment(rows.get(rows.size() - 1)), previous));
    }

    private static Map<String, Object> row(StoredCommitment commitment, int step) {
        return columns(
                CommitmentEntity.ISSUE_KEY, commitment.issue().toString(),
                CommitmentEntity.ISSUE_STEP, AoEtaHistoryStore.stepOf(commitment.issue(), step),
                CommitmentEntity.PROMISED_ON, commitment.commitment().date().toString(),
                CommitmentEntity.CUSTOMER, commitment.commitment().customerIfKnown().map(Customer::name).orElse(null),
                CommitmentEntity.COMMITMENT_NOTE, commitment.note().orElse(null),
                CommitmentEntity.AUTHOR, commitment.author(),
                CommitmentEntity.SET_AT, commitment.at().toString(),
                CommitmentEntity.INFORMED_ADDRESSES,
                commitment.informed().isEmpty() ? null : commitment.informed().stored());
    }

    private static StoredCommitment commitment(CommitmentEntity row) {
        return new StoredCommitment(IssueKey.parse(row.getIssueKey()),
                Commitment.of(LocalDate.parse(row.getPromisedOn()), row.getCustomer()),
                Rows.optional(row.getCommitmentNote()), row.getAuthor(), Rows.instant(row.getSetAt()),
                InformedAddresses.fromStored(row.getInformedAddresses()));
    }

    private static int step(CommitmentEntity row) {
        String step = row.getIssueStep();
        return Integer.parseInt(step.substring(step.lastIndexOf('/') + 1));
    }
}
