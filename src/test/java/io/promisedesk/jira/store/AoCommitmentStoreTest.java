package io.promisedesk.jira.store;

import io.promisedesk.commitment.CommitmentStore;
import io.promisedesk.commitment.CommitmentStoreContract;
import io.promisedesk.commitment.SavedCommitment;
import io.promisedesk.commitment.StoredCommitment;
import io.promisedesk.work.IssueKey;
import net.java.ao.Query;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

/** The Active Objects commitment store keeps the store contract, one row per save, never changing one. */
public class AoCommitmentStoreTest extends CommitmentStoreContract {
    private final FakeActiveObjects ao = new FakeActiveObjects();

    @Override
    protected CommitmentStore newStore() {
        return new AoCommitmentStore(ao.jira());
    }

    @Test
    public void aSave_isOneNewRowOfIsoText_andEarlierRowsStay() {
        StoredCommitment first = stored("2026-03-20", "ACME", "2026-03-02T09:00:00Z");
        store.save(first, Optional.empty());
        store.save(stored("2026-04-03", null, "2026-03-03T09:30:00Z"), Optional.of(first));

        List<Map<String, Object>> rows = ao.rows(CommitmentEntity.class);

        assertEquals(2, rows.size());
        assertEquals("2026-03-20", rows.get(0).get(CommitmentEntity.PROMISED_ON));
        assertEquals("OPS-1/2", rows.get(1).get(CommitmentEntity.ISSUE_STEP));
        assertEquals("2026-04-03", rows.get(1).get(CommitmentEntity.PROMISED_ON));
        assertEquals("2026-03-03T09:30:00Z", rows.get(1).get(CommitmentEntity.SET_AT));
        assertFalse("an unknown customer is NULL", rows.get(1).containsKey(CommitmentEntity.CUSTOMER));
        assertFalse("no addresses is NULL, as in rows written before the column", rows.get(1).containsKey(CommitmentEntity.INFORMED_ADDRESSES));
    }

    @Test
    public void informedAddresses_areOneLanguageAndAddressPerLine() {
        store.save(new StoredCommitment(OPS_1, io.promisedesk.commitment.Commitment.of(
                java.time.LocalDate.parse("2026-03-20"), "ACME"), Optional.empty(), "sam",
                java.time.Instant.parse("2026-03-02T09:00:00Z"), io.promisedesk.commitment.InformedAddresses.parse(
                        Optional.of("jan@acme.example, Piet@ACME.Example"), java.util.Locale.forLanguageTag("nl"))),
                Optional.empty());

        assertEquals("nl jan@acme.example\nnl Piet@acme.example",
                ao.rows(CommitmentEntity.class).get(0).get(CommitmentEntity.INFORMED_ADDRESSES));
    }

    @Test
    public void currentOf_readsFiveHundredIssuesPerQuery_inOneTransaction_ratherThanOneQueryPerIssue() {
        List<IssueKey> keys = new ArrayList<>();
        for (int number = 1; number <= 1_001; number++) {
            keys.add(IssueKey.parse("OPS-" + number));
        }
        store.save(stored("2026-03-20", "ACME", "2026-03-02T09:00:00Z"), Optional.empty());
        int findsBefore = ao.finds();
        int transactionsBefore = ao.transactions();

        assertEquals(1, store.currentOf(keys).size());

        assertEquals(3, ao.finds() - findsBefore);
        assertEquals(1, ao.transactions() - transactionsBefore);
    }

    @Test
    public void theFakesInList_matchesOnlyTheListedValues_andRefusesAWrongCount_orAnUnknownColumn() {
        store.save(stored("2026-03-20", "ACME", "2026-03-02T09:00:00Z"), Optional.empty());
        Query wrongCount = Query.select().where("ISSUE_KEY IN (?, ?)", "OPS-1");
        Query unknown = Query.select().where("ISSUE_NAME IN (?)", "OPS-1");

        assertEquals(0, ao.jira().find(CommitmentEntity.class,
                Query.select().where("ISSUE_KEY IN (?, ?)", "OPS-2", "OPS-11")).length);
        assertEquals(1, ao.jira().find(CommitmentEntity.class,
                Query.select().where("ISSUE_KEY IN (?, ?)", "OPS-2", "OPS-1")).length);
        assertThrows(FakeActiveObjects.FakeSqlException.class, () -> ao.jira().find(CommitmentEntity.class, wrongCount));
        assertThrows(FakeActiveObjects.FakeSqlException.class, () -> ao.jira().find(CommitmentEntity.class, unknown));
    }

    @Test
    public void currentOf_noIssues_asksNothing() {
        int findsBefore = ao.finds();

        assertEquals(Map.of(), store.currentOf(List.of()));
        assertEquals(findsBefore, ao.finds());
    }

    @Test
    public void eachCall_isOneTransaction() {
        store.save(stored("2026-03-20", "ACME", "2026-03-02T09:00:00Z"), Optional.empty());
        store.load(OPS_1);

        assertEquals(2, ao.transactions());
    }

    @Test
    public void anotherNodeSavingTheSameStepFirst_makesThisSaveLose_andItSavesNothing() {
        StoredCommitment first = stored("2026-03-20", "ACME", "2026-03-02T09:00:00Z");
        store.save(first, Optional.empty());
        ao.interruptNextWriteTo(CommitmentEntity.class, () -> ao.committedInsert(CommitmentEntity.class, Map.of(
                CommitmentEntity.ISSUE_KEY, "OPS-1", CommitmentEntity.ISSUE_STEP, "OPS-1/2",
                CommitmentEntity.PROMISED_ON, "2026-03-27", CommitmentEntity.CUSTOMER, "Globex",
                CommitmentEntity.AUTHOR, "kim", CommitmentEntity.SET_AT, "2026-03-02T10:00:00Z")));

        Optional<SavedCommitment> saved = store.save(stored("2026-04-03", "ACME", "2026-03-02T10:00:01Z"),
                Optional.of(first));

        assertEquals(Optional.empty(), saved);
        SavedCommitment theirs = store.load(OPS_1).orElseThrow();
        assertEquals("Globex", theirs.current().commitment().customer().name());
        assertEquals(Optional.of(first), theirs.previous());
        assertEquals(2, ao.rows(CommitmentEntity.class).size());
    }

    @Test
    public void aDatabaseFailure_isNotMistakenForAnotherWriter_andSavesNothing() {
        ao.failNextCreateOf(CommitmentEntity.class);

        assertThrows(FakeActiveObjects.FakeSqlException.class,
                () -> store.save(stored("2026-03-20", "ACME", "2026-03-02T09:00:00Z"), Optional.empty()));

        assertEquals(List.of(), ao.rows(CommitmentEntity.class));
    }
}
