package io.promisedesk.eta;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.work.IssueKey;
import org.junit.Before;
import org.junit.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.promisedesk.fixtures.EtaChangeBuilder.anEtaChange;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** What every {@link EtaHistoryStore} does, whatever keeps the histories: run against each implementation. */
public abstract class EtaHistoryStoreContract {
    private static final IssueKey OPS_1 = IssueKey.parse("OPS-1");

    protected EtaHistoryStore store;

    protected abstract EtaHistoryStore newStore();

    @Before
    public void createStore() {
        store = newStore();
    }

    @Test
    public void historiesOf_givesEachIssueAskedItsHistory_emptyWhereNobodySetAnEta() {
        IssueKey ops2 = IssueKey.parse("OPS-2");
        EtaChange first = anEtaChange().to("2025-03-10").at("2025-03-03T09:00:00Z").build();
        EtaChange slip = anEtaChange().from("2025-03-10").to("2025-03-14").at("2025-03-04T09:00:00Z").build();
        EtaChange other = anEtaChange().on("OPS-3").to("2025-04-01").at("2025-03-04T10:00:00Z").build();
        store.save(first);
        store.save(slip);
        store.save(other);

        Map<IssueKey, EtaHistory> histories = store.historiesOf(List.of(OPS_1, ops2, OPS_1));

        assertEquals(Map.of(OPS_1, new EtaHistory(OPS_1, List.of(first, slip)), ops2, EtaHistory.empty(ops2)),
                histories);
    }

    @Test
    public void historiesOf_manyIssues_readsEveryOne_andNoIssuesIsEmpty() {
        List<IssueKey> keys = new ArrayList<>();
        for (int number = 1; number <= 1_201; number++) {
            keys.add(IssueKey.parse("OPS-" + number));
            if (number % 4 == 0) {
                store.save(anEtaChange().on("OPS-" + number).to("2025-03-10").build());
            }
        }

        Map<IssueKey, EtaHistory> histories = store.historiesOf(keys);

        assertEquals(1_201, histories.size());
        assertEquals(300, histories.values().stream().filter(history -> !history.changes().isEmpty()).count());
        assertEquals(Map.of(), store.historiesOf(List.of()));
        assertThrows(InvalidValueException.class, () -> store.historiesOf(null));
        assertThrows(InvalidValueException.class, () -> store.historiesOf(Arrays.asList(OPS_1, null)));
    }

    @Test
    public void issueNobodySetAnEtaFor_hasAnEmptyHistory() {
        assertEquals(EtaHistory.empty(IssueKey.parse("OPS-7")), store.load(IssueKey.parse("OPS-7")));
    }

    @Test
    public void changesFromTheCurrentEta_areKeptInOrderWithEveryDetail() {
        EtaChange first = anEtaChange().to("2025-03-10").at("2025-03-03T09:00:00.123456789Z").build();
        EtaChange slip = anEtaChange().by("bob").from("2025-03-10").to("2025-03-14").at("2025-03-04T09:00:00Z")
                .because("waiting for the vendor").build();
        EtaChange earlier = anEtaChange().from("2025-03-14").to("2025-03-12").at("2025-03-04T09:00:00Z").build();

        assertTrue(store.save(first));
        assertTrue(store.save(slip));
        assertTrue(store.save(earlier));

        assertEquals(List.of(first, slip, earlier), store.load(OPS_1).changes());
    }

    @Test
    public void aReasonOfTheLongestAllowedLength_isKeptWhole() {
        String reason = "x".repeat(EtaChange.MAX_REASON);
        store.save(anEtaChange().to("2025-03-10").build());

        store.save(anEtaChange().from("2025-03-10").to("2025-03-20").at("2025-03-04T09:00:00Z").because(reason).build());

        assertEquals(reason, store.load(OPS_1).lastChange().orElseThrow().reason().orElseThrow());
    }

    @Test
    public void changeFromAnEtaNoLongerCurrent_isNotSaved() {
        store.save(anEtaChange().to("2025-03-10").build());

        boolean saved = store.save(anEtaChange().from("2025-03-11").to("2025-03-07").at("2025-03-04T09:00:00Z").build());

        assertFalse(saved);
        assertEquals(1, store.load(OPS_1).changes().size());
    }

    @Test
    public void secondFirstEta_isNotSaved() {
        store.save(anEtaChange().by("anna").to("2025-03-10").build());

        boolean saved = store.save(anEtaChange().by("bob").to("2025-03-12").build());

        assertFalse(saved);
        assertEquals("anna", store.load(OPS_1).lastChange().orElseThrow().author());
    }

    @Test
    public void historiesOfTwoIssues_stayApart() {
        EtaChange ops = anEtaChange().to("2025-03-10").build();
        EtaChange net = anEtaChange().on("NET-1").to("2025-04-01").build();

        store.save(ops);
        store.save(net);

        assertEquals(List.of(ops), store.load(OPS_1).changes());
        assertEquals(List.of(net), store.load(IssueKey.parse("NET-1")).changes());
    }

    @Test
    public void changeDatedBeforeTheLastOne_isRefusedAndNothingIsSaved() {
        store.save(anEtaChange().to("2025-03-10").at("2025-03-04T09:00:00Z").build());

        assertThrows(InvalidValueException.class, () -> store.save(
                anEtaChange().from("2025-03-10").to("2025-03-12").at("2025-03-03T09:00:00Z").build()));

        assertEquals(1, store.load(OPS_1).changes().size());
    }
}
