package io.promisedesk.eta;

import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.util.List;

import static io.promisedesk.fixtures.EtaChangeBuilder.anEtaChange;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class InMemoryEtaHistoryStoreTest {
    private final InMemoryEtaHistoryStore store = new InMemoryEtaHistoryStore();

    @Test
    public void issueNobodySetAnEtaFor_hasAnEmptyHistory() {
        EtaHistory history = store.load(IssueKey.parse("OPS-7"));

        assertEquals(EtaHistory.empty(IssueKey.parse("OPS-7")), history);
    }

    @Test
    public void changeFromTheCurrentEta_isSaved() {
        EtaChange first = anEtaChange().to("2025-03-10").build();
        EtaChange second = anEtaChange().from("2025-03-10").to("2025-03-07").at("2025-03-04T09:00:00Z").build();

        boolean savedFirst = store.save(first);
        boolean savedSecond = store.save(second);

        assertTrue(savedFirst);
        assertTrue(savedSecond);
        assertEquals(List.of(first, second), store.load(IssueKey.parse("OPS-1")).changes());
    }

    @Test
    public void changeFromAnEtaNoLongerCurrent_isNotSaved() {
        store.save(anEtaChange().to("2025-03-10").build());

        boolean saved = store.save(anEtaChange().from("2025-03-11").to("2025-03-07").at("2025-03-04T09:00:00Z").build());

        assertFalse(saved);
        assertEquals(1, store.load(IssueKey.parse("OPS-1")).changes().size());
    }

    @Test
    public void secondFirstEta_isNotSaved() {
        store.save(anEtaChange().by("anna").to("2025-03-10").build());

        boolean saved = store.save(anEtaChange().by("bob").to("2025-03-12").build());

        assertFalse(saved);
    }
}
