package io.promisedesk.commitment;

import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class InMemoryCommitmentStoreTest {
    private static final IssueKey OPS_1 = IssueKey.parse("OPS-1");
    private final InMemoryCommitmentStore store = new InMemoryCommitmentStore();

    @Test
    public void issueNobodyPromised_hasNoCommitment() {
        assertEquals(Optional.empty(), store.load(OPS_1));
    }

    @Test
    public void firstSave_hasNoPrevious() {
        StoredCommitment first = stored(OPS_1, "2026-03-20", "ACME");

        Optional<SavedCommitment> saved = store.save(first, Optional.empty());

        assertEquals(Optional.of(new SavedCommitment(first, Optional.empty())), saved);
        assertEquals(saved, store.load(OPS_1));
    }

    @Test
    public void change_keepsTheCommitmentItReplaces() {
        StoredCommitment first = stored(OPS_1, "2026-03-20", "ACME");
        StoredCommitment second = stored(OPS_1, "2026-04-03", "ACME Benelux");
        StoredCommitment third = stored(OPS_1, "2026-04-10", "ACME Benelux");
        store.save(first, Optional.empty());
        store.save(second, Optional.of(first));

        Optional<SavedCommitment> saved = store.save(third, Optional.of(second));

        assertEquals(Optional.of(new SavedCommitment(third, Optional.of(second))), saved);
    }

    @Test
    public void issues_areKeptApart() {
        store.save(stored(OPS_1, "2026-03-20", "ACME"), Optional.empty());

        assertEquals(Optional.empty(), store.load(IssueKey.parse("OPS-2")));
    }

    private static StoredCommitment stored(IssueKey issue, String date, String customer) {
        return new StoredCommitment(issue, Commitment.of(LocalDate.parse(date), customer), Optional.of("by phone"),
                "sam", Instant.parse("2026-03-02T09:00:00Z"));
    }
}
