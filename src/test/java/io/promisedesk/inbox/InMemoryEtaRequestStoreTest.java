package io.promisedesk.inbox;

import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static io.promisedesk.fixtures.EtaChangeBuilder.anEtaChange;
import static io.promisedesk.fixtures.EtaRequestBuilder.anEtaRequest;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class InMemoryEtaRequestStoreTest {
    private static final TeamKey PLATFORM = new TeamKey("platform");

    private final InMemoryEtaRequestStore store = new InMemoryEtaRequestStore();

    @Test
    public void ids_countUpFromOne() {
        EtaRequestId first = store.nextId();
        EtaRequestId second = store.nextId();

        assertEquals(new EtaRequestId(1), first);
        assertEquals(new EtaRequestId(2), second);
    }

    @Test
    public void secondOpenRequestOnAnIssue_isNotStored() {
        EtaRequest first = anEtaRequest("OPS-1").id(1).build();
        store.replace(Optional.empty(), first);

        boolean stored = store.replace(Optional.empty(), anEtaRequest("OPS-1").id(2).by("kim").build());

        assertFalse(stored);
        assertEquals(Optional.of(first), store.openRequestOn(IssueKey.parse("OPS-1")));
    }

    @Test
    public void requestChangedSinceItWasRead_isNotReplaced() {
        EtaRequest read = anEtaRequest("OPS-1").build();
        store.replace(Optional.empty(), read);
        EtaRequest joined = read.join(anEtaRequest("OPS-1").by("kim").askedAt("2025-03-03T10:00:00Z").ask(),
                PLATFORM, Optional.empty());
        store.replace(Optional.of(read), joined);

        boolean replaced = store.replace(Optional.of(read), read.answeredBy(
                anEtaChange().at("2025-03-03T11:00:00Z").build()));

        assertFalse(replaced);
        assertEquals(Optional.of(joined), store.openRequestOn(IssueKey.parse("OPS-1")));
    }

    @Test
    public void answeredRequest_leavesTheOpenOnesAndCountsAsAnsweredFromItsAnswer() {
        EtaRequest open = anEtaRequest("OPS-1").build();
        store.replace(Optional.empty(), open);
        EtaRequest answered = anEtaRequest("OPS-1").answeredAt("2025-03-04T09:00:00Z").build();

        boolean replaced = store.replace(Optional.of(open), answered);

        assertTrue(replaced);
        assertEquals(List.of(), store.openRequestsOf(PLATFORM));
        assertEquals(List.of(answered), store.answeredRequestsOf(PLATFORM, Instant.parse("2025-03-04T09:00:00Z")));
        assertEquals(List.of(), store.answeredRequestsOf(PLATFORM, Instant.parse("2025-03-04T09:00:01Z")));
    }

    @Test
    public void requestsOfAnotherTeam_areNotListed() {
        store.replace(Optional.empty(), anEtaRequest("NET-1").team("network").build());

        List<EtaRequest> platform = store.openRequestsOf(PLATFORM);

        assertEquals(List.of(), platform);
    }

    @Test
    public void replacingOneRequestByAnother_isAProgrammingError() {
        EtaRequest first = anEtaRequest("OPS-1").id(1).build();

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> store.replace(Optional.of(first), anEtaRequest("OPS-1").id(2).build()));

        assertEquals("request 2 cannot replace request 1", error.getMessage());
    }
}
