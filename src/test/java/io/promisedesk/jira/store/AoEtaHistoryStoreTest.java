package io.promisedesk.jira.store;

import io.promisedesk.eta.EtaChange;
import io.promisedesk.eta.EtaHistoryStore;
import io.promisedesk.eta.EtaHistoryStoreContract;
import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.promisedesk.fixtures.EtaChangeBuilder.anEtaChange;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

/** The Active Objects ETA history store keeps the store contract, in one transaction per call, with text columns. */
public class AoEtaHistoryStoreTest extends EtaHistoryStoreContract {
    private final FakeActiveObjects ao = new FakeActiveObjects();

    @Override
    protected EtaHistoryStore newStore() {
        return new AoEtaHistoryStore(ao.jira());
    }

    @Test
    public void historiesOf_readsFiveHundredIssuesPerQuery_inOneTransaction_ratherThanOneQueryPerIssue() {
        List<IssueKey> keys = new ArrayList<>();
        for (int number = 1; number <= 501; number++) {
            keys.add(IssueKey.parse("OPS-" + number));
        }
        store.save(anEtaChange().on("OPS-501").to("2025-03-10").build());
        int findsBefore = ao.finds();
        int transactionsBefore = ao.transactions();

        assertEquals(1, store.historiesOf(keys).get(IssueKey.parse("OPS-501")).changes().size());

        assertEquals(2, ao.finds() - findsBefore);
        assertEquals(1, ao.transactions() - transactionsBefore);
    }

    @Test
    public void aChange_isOneRowWithIsoTextAndTheIssuesNextStep() {
        store.save(anEtaChange().to("2025-03-10").build());
        store.save(anEtaChange().from("2025-03-10").to("2025-03-12").at("2025-03-04T09:30:00Z").because("vendor").build());

        Map<String, Object> second = ao.rows(EtaChangeEntity.class).get(1);

        assertEquals("OPS-1/2", second.get(EtaChangeEntity.ISSUE_STEP));
        assertEquals("2025-03-04T09:30:00Z", second.get(EtaChangeEntity.CHANGED_AT));
        assertEquals("2025-03-10", second.get(EtaChangeEntity.OLD_ETA));
        assertEquals("2025-03-12", second.get(EtaChangeEntity.NEW_ETA));
        assertEquals("vendor", second.get(EtaChangeEntity.REASON));
    }

    @Test
    public void eachSave_isOneTransaction() {
        store.save(anEtaChange().to("2025-03-10").build());

        assertEquals(1, ao.transactions());
    }

    @Test
    public void anotherNodeSavingTheSameStepFirst_makesThisSaveFail_andKeepsTheirs() {
        store.save(anEtaChange().to("2025-03-10").build());
        EtaChange theirs = anEtaChange().by("bob").from("2025-03-10").to("2025-03-20").at("2025-03-04T09:00:00Z")
                .because("scope").build();
        ao.interruptNextWriteTo(EtaChangeEntity.class, () -> ao.committedInsert(EtaChangeEntity.class, Map.of(
                EtaChangeEntity.ISSUE_KEY, "OPS-1", EtaChangeEntity.ISSUE_STEP, "OPS-1/2",
                EtaChangeEntity.AUTHOR, "bob", EtaChangeEntity.CHANGED_AT, "2025-03-04T09:00:00Z",
                EtaChangeEntity.OLD_ETA, "2025-03-10", EtaChangeEntity.NEW_ETA, "2025-03-20",
                EtaChangeEntity.REASON, "scope")));

        boolean saved = store.save(anEtaChange().from("2025-03-10").to("2025-03-08").at("2025-03-04T09:00:01Z").build());

        assertFalse(saved);
        assertEquals(theirs, store.load(IssueKey.parse("OPS-1")).lastChange().orElseThrow());
    }

    @Test
    public void aDatabaseFailure_isNotMistakenForAnotherWriter_andSavesNothing() {
        ao.failNextCreateOf(EtaChangeEntity.class);

        assertThrows(FakeActiveObjects.FakeSqlException.class, () -> store.save(anEtaChange().to("2025-03-10").build()));

        assertEquals(List.of(), ao.rows(EtaChangeEntity.class));
    }
}
