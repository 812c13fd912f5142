package io.promisedesk.inbox;

import io.promisedesk.eta.EtaChange;
import io.promisedesk.eta.EtaHistory;
import io.promisedesk.eta.EtaHistoryStore;
import io.promisedesk.fixtures.ReadTogetherStores;
import io.promisedesk.eta.InMemoryEtaHistoryStore;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.promisedesk.fixtures.AskForEtaCommandBuilder.anEtaAsk;
import static io.promisedesk.fixtures.EtaChangeBuilder.anEtaChange;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

public class AnsweringEtaHistoryStoreTest {
    private static final IssueKey OPS_1 = IssueKey.parse("OPS-1");

    private final InMemoryEtaHistoryStore histories = new InMemoryEtaHistoryStore();
    private final InMemoryEtaRequestStore requests = new InMemoryEtaRequestStore();
    private final AnsweringEtaHistoryStore store = new AnsweringEtaHistoryStore(histories, requests);

    @Test
    public void historiesOf_isTheWrappedStoresOwnRead_notOneLoadPerIssue() {
        Map<IssueKey, EtaHistory> read = Map.of(OPS_1, EtaHistory.empty(OPS_1));
        EtaHistoryStore together = ReadTogetherStores.etaHistories(read);

        assertSame(read, new AnsweringEtaHistoryStore(together, requests).historiesOf(List.of(OPS_1)));
    }

    @Test
    public void aSavedChange_isStored_andAnswersEveryAskOnItsIssue() {
        askAt("2025-03-03T09:00:00Z", "OPS-1", "sam");
        askAt("2025-03-03T10:00:00Z", "OPS-1", "eva");
        EtaChange change = anEtaChange().on("OPS-1").at("2025-03-03T11:00:00Z").to("2025-03-14").build();

        assertTrue(store.save(change));

        assertEquals(Optional.of(change), store.load(OPS_1).lastChange());
        assertEquals(Optional.of(change), histories.load(OPS_1).lastChange());
        assertEquals(Optional.empty(), requests.openRequestOn(OPS_1));
        EtaRequest answered = requests.answeredRequestsOf(new TeamKey("platform"), Instant.EPOCH).get(0);
        assertEquals(List.of("sam", "eva"), answered.requesters());
        assertEquals(Optional.of(change), answered.answer());
    }

    @Test
    public void aChangeAnotherOneBeatToTheStore_isNotSaved_andAnswersNobody() {
        askAt("2025-03-03T09:00:00Z", "OPS-1", "sam");
        store.save(anEtaChange().on("OPS-1").at("2025-03-03T08:00:00Z").to("2025-03-14").build());

        // Its old ETA is no longer the stored one.
        boolean saved = store.save(anEtaChange().on("OPS-1").at("2025-03-03T11:00:00Z").to("2025-03-20").build());

        assertFalse(saved);
        assertTrue(requests.openRequestOn(OPS_1).isPresent());
    }

    @Test
    public void aChangeOnAnotherIssue_leavesTheRequestOpen() {
        askAt("2025-03-03T09:00:00Z", "OPS-1", "sam");

        store.save(anEtaChange().on("OPS-2").at("2025-03-03T11:00:00Z").to("2025-03-14").build());

        assertTrue(requests.openRequestOn(OPS_1).isPresent());
        assertTrue(histories.load(IssueKey.parse("OPS-2")).lastChange().isPresent());
    }

    private void askAt(String instant, String issue, String requester) {
        new AskForEta(requests, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC))
                .ask(anEtaAsk(issue).by(requester).build());
    }
}
