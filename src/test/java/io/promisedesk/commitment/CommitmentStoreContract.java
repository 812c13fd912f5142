package io.promisedesk.commitment;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.work.IssueKey;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/** What every {@link CommitmentStore} does, whatever keeps the commitments: run against each implementation. */
public abstract class CommitmentStoreContract {
    protected static final IssueKey OPS_1 = IssueKey.parse("OPS-1");

    protected CommitmentStore store;

    protected abstract CommitmentStore newStore();

    @Before
    public void createStore() {
        store = newStore();
    }

    @Test
    public void issueNobodyPromised_hasNoCommitment() {
        assertEquals(Optional.empty(), store.load(OPS_1));
    }

    @Test
    public void firstSave_hasNoPrevious_andIsLoadedWithEveryDetail() {
        StoredCommitment first = new StoredCommitment(OPS_1, Commitment.of(LocalDate.parse("2026-03-20"), "ACME"),
                Optional.of("confirmed by phone with Jan"), "sam", Instant.parse("2026-03-02T09:00:00.123456789Z"));

        Optional<SavedCommitment> saved = store.save(first, Optional.empty());

        assertEquals(Optional.of(new SavedCommitment(first, Optional.empty())), saved);
        assertEquals(saved, store.load(OPS_1));
    }

    @Test
    public void eachSave_replacesTheCurrent_andKeepsTheOneItReplacedAsPrevious() {
        StoredCommitment first = stored("2026-03-20", "ACME", "2026-03-02T09:00:00Z");
        StoredCommitment second = stored("2026-04-03", "ACME Benelux", "2026-03-03T09:00:00Z");
        StoredCommitment third = stored("2026-04-10", "ACME Benelux", "2026-03-04T09:00:00Z");
        store.save(first, Optional.empty());
        store.save(second, Optional.of(first));

        assertEquals(Optional.of(new SavedCommitment(third, Optional.of(second))), store.save(third, Optional.of(second)));
        assertEquals(Optional.of(new SavedCommitment(third, Optional.of(second))), store.load(OPS_1));
    }

    @Test
    public void aSaveReplacingACommitmentNoLongerCurrent_savesNothing_andSaysSo() {
        StoredCommitment first = stored("2026-03-20", "ACME", "2026-03-02T09:00:00Z");
        StoredCommitment theirs = stored("2026-03-27", "Globex", "2026-03-02T10:00:00Z");
        StoredCommitment mine = stored("2026-04-03", "Initech", "2026-03-02T10:00:01Z");
        store.save(first, Optional.empty());
        store.save(theirs, Optional.of(first));

        Optional<SavedCommitment> saved = store.save(mine, Optional.of(first));

        assertEquals(Optional.empty(), saved);
        assertEquals(Optional.of(new SavedCommitment(theirs, Optional.of(first))), store.load(OPS_1));
    }

    @Test
    public void aFirstSave_afterAnotherFirstSaveGotIn_savesNothing() {
        StoredCommitment theirs = stored("2026-03-27", "Globex", "2026-03-02T10:00:00Z");
        store.save(theirs, Optional.empty());

        assertEquals(Optional.empty(), store.save(stored("2026-04-03", "Initech", "2026-03-02T10:00:01Z"),
                Optional.empty()));
        assertEquals(theirs, store.load(OPS_1).orElseThrow().current());
    }

    @Test
    public void anUnknownCustomer_andNoNote_areKeptAsAbsent() {
        StoredCommitment bare = new StoredCommitment(OPS_1, Commitment.of(LocalDate.parse("2026-03-20"), null),
                Optional.empty(), "sam", Instant.parse("2026-03-02T09:00:00Z"));

        store.save(bare, Optional.empty());

        assertEquals(bare, store.load(OPS_1).orElseThrow().current());
    }

    @Test
    public void aNoteOfTheLongestAllowedLength_isKeptWhole() {
        String note = "n".repeat(StoredCommitment.MAX_NOTE);
        StoredCommitment longest = new StoredCommitment(OPS_1, Commitment.of(LocalDate.parse("2026-03-20"), "ACME"),
                Optional.of(note), "sam", Instant.parse("2026-03-02T09:00:00Z"));

        store.save(longest, Optional.empty());

        assertEquals(Optional.of(note), store.load(OPS_1).orElseThrow().current().note());
    }

    @Test
    public void informedAddresses_withTheirLanguages_areKeptInOrder() {
        InformedAddresses informed = new InformedAddresses(List.of(
                new InformedAddress(new EmailAddress("Jan.Smit@ACME.example"), Locale.forLanguageTag("nl")),
                new InformedAddress(new EmailAddress("buyer@globex.example"), Locale.ENGLISH)));
        StoredCommitment withAddresses = new StoredCommitment(OPS_1, Commitment.of(LocalDate.parse("2026-03-20"),
                "ACME"), Optional.empty(), "sam", Instant.parse("2026-03-02T09:00:00Z"), informed);

        store.save(withAddresses, Optional.empty());

        assertEquals(informed, store.load(OPS_1).orElseThrow().current().informed());
        assertEquals(withAddresses, store.load(OPS_1).orElseThrow().current());
    }

    @Test
    public void aCommitmentWithoutAddresses_isLoadedWithNone() {
        store.save(stored("2026-03-20", "ACME", "2026-03-02T09:00:00Z"), Optional.empty());

        assertEquals(InformedAddresses.none(), store.load(OPS_1).orElseThrow().current().informed());
    }

    @Test
    public void issues_areKeptApart() {
        store.save(stored("2026-03-20", "ACME", "2026-03-02T09:00:00Z"), Optional.empty());

        assertEquals(Optional.empty(), store.load(IssueKey.parse("OPS-2")));
        assertEquals(Optional.empty(), store.load(IssueKey.parse("OPSX-1")));
    }

    @Test
    public void currentOf_givesTheNewestCommitmentOfEachIssueThatHasOne_andLeavesOutTheOthers() {
        IssueKey ops2 = IssueKey.parse("OPS-2");
        StoredCommitment first = stored("2026-03-20", "ACME", "2026-03-02T09:00:00Z");
        StoredCommitment second = stored("2026-04-03", "Globex", "2026-03-03T09:00:00Z");
        StoredCommitment other = new StoredCommitment(ops2, Commitment.of(LocalDate.parse("2026-05-01"), null),
                Optional.empty(), "kim", Instant.parse("2026-03-04T09:00:00Z"));
        store.save(first, Optional.empty());
        store.save(second, Optional.of(first));
        store.save(other, Optional.empty());

        assertEquals(Map.of(OPS_1, second, ops2, other),
                store.currentOf(List.of(OPS_1, ops2, IssueKey.parse("OPS-3"), OPS_1)));
    }

    @Test
    public void currentOf_noIssues_isEmpty() {
        store.save(stored("2026-03-20", "ACME", "2026-03-02T09:00:00Z"), Optional.empty());

        assertEquals(Map.of(), store.currentOf(List.of()));
    }

    @Test
    public void currentOf_manyIssues_readsEveryOne() {
        List<IssueKey> keys = new ArrayList<>();
        for (int number = 1; number <= 1_201; number++) {
            IssueKey key = IssueKey.parse("OPS-" + number);
            keys.add(key);
            if (number % 3 == 0) {
                store.save(new StoredCommitment(key, Commitment.of(LocalDate.parse("2026-03-20"), "ACME"),
                        Optional.empty(), "sam", Instant.parse("2026-03-02T09:00:00Z")), Optional.empty());
            }
        }

        Map<IssueKey, StoredCommitment> current = store.currentOf(keys);

        assertEquals(400, current.size());
        assertEquals(LocalDate.parse("2026-03-20"), current.get(IssueKey.parse("OPS-1200")).commitment().date());
    }

    @Test
    public void currentOf_refusesAMissingList_orAMissingKey() {
        assertThrows(InvalidValueException.class, () -> store.currentOf(null));
        assertThrows(InvalidValueException.class, () -> store.currentOf(Arrays.asList(OPS_1, null)));
    }

    protected static StoredCommitment stored(String date, String customer, String at) {
        return new StoredCommitment(OPS_1, Commitment.of(LocalDate.parse(date), customer), Optional.of("by phone"),
                "sam", Instant.parse(at));
    }
}
