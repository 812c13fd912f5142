package io.promisedesk.inbox;

import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.promisedesk.fixtures.EtaChangeBuilder.anEtaChange;
import static io.promisedesk.fixtures.EtaRequestBuilder.anEtaRequest;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** What every {@link EtaRequestStore} does, whatever keeps the requests: run against each implementation. */
public abstract class EtaRequestStoreContract {
    private static final TeamKey PLATFORM = new TeamKey("platform");
    private static final IssueKey OPS_1 = IssueKey.parse("OPS-1");

    protected EtaRequestStore store;

    protected abstract EtaRequestStore newStore();

    @Before
    public void createStore() {
        store = newStore();
    }

    @Test
    public void ids_arePositiveAndNeverTheSame() {
        Set<EtaRequestId> ids = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            ids.add(store.nextId());
        }

        assertEquals(5, ids.size());
    }

    @Test
    public void newRequest_isFoundOpenOnItsIssueWithEveryDetail() {
        EtaRequest first = anEtaRequest("OPS-1").urgency(Urgency.TODAY).asking("before the demo?")
                .committedTo("2025-03-20").askedAt("2025-03-03T09:00:00.000001Z").build();
        EtaRequest joined = first.join(anEtaRequest("OPS-1").by("kim").forCustomer("Globex")
                .askedAt("2025-03-03T10:00:00Z").ask(), PLATFORM, Optional.of(LocalDate.parse("2025-03-21")));

        assertTrue(store.replace(Optional.empty(), first));
        assertTrue(store.replace(Optional.of(first), joined));

        assertEquals(Optional.of(joined), store.openRequestOn(OPS_1));
        assertEquals(List.of(joined), store.openRequestsOf(PLATFORM));
    }

    @Test
    public void secondOpenRequestOnAnIssue_isNotStored() {
        EtaRequest first = anEtaRequest("OPS-1").id(1).build();
        store.replace(Optional.empty(), first);

        boolean stored = store.replace(Optional.empty(), anEtaRequest("OPS-1").id(2).by("kim").build());

        assertFalse(stored);
        assertEquals(Optional.of(first), store.openRequestOn(OPS_1));
    }

    @Test
    public void newRequestUnderAnIdAlreadyStored_isNotStored() {
        store.replace(Optional.empty(), anEtaRequest("OPS-1").id(1).build());

        boolean stored = store.replace(Optional.empty(), anEtaRequest("OPS-2").id(1).build());

        assertFalse(stored);
        assertEquals(Optional.empty(), store.openRequestOn(IssueKey.parse("OPS-2")));
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
        assertEquals(Optional.of(joined), store.openRequestOn(OPS_1));
    }

    @Test
    public void requestNeverStored_isNotReplaced() {
        EtaRequest never = anEtaRequest("OPS-1").build();

        boolean replaced = store.replace(Optional.of(never), never.answeredBy(
                anEtaChange().at("2025-03-03T11:00:00Z").build()));

        assertFalse(replaced);
        assertEquals(Optional.empty(), store.openRequestOn(OPS_1));
    }

    @Test
    public void answeredRequest_leavesTheOpenOnesAndCountsAsAnsweredFromItsAnswer() {
        EtaRequest open = anEtaRequest("OPS-1").build();
        store.replace(Optional.empty(), open);
        EtaRequest answered = open.answeredBy(anEtaChange().from("2025-03-07").to("2025-03-14")
                .at("2025-03-04T09:00:00Z").because("scope grew").build());

        boolean replaced = store.replace(Optional.of(open), answered);

        assertTrue(replaced);
        assertEquals(Optional.empty(), store.openRequestOn(OPS_1));
        assertEquals(List.of(), store.openRequestsOf(PLATFORM));
        assertEquals(List.of(answered), store.answeredRequestsOf(PLATFORM, Instant.parse("2025-03-04T09:00:00Z")));
        assertEquals(List.of(), store.answeredRequestsOf(PLATFORM, Instant.parse("2025-03-04T09:00:01Z")));
    }

    @Test
    public void answeredRequest_letsANewRequestOpenOnTheSameIssue() {
        EtaRequest open = anEtaRequest("OPS-1").id(1).build();
        store.replace(Optional.empty(), open);
        store.replace(Optional.of(open), anEtaRequest("OPS-1").id(1).answeredAt("2025-03-04T09:00:00Z").build());
        EtaRequest again = anEtaRequest("OPS-1").id(2).askedAt("2025-03-05T09:00:00Z").build();

        boolean stored = store.replace(Optional.empty(), again);

        assertTrue(stored);
        assertEquals(Optional.of(again), store.openRequestOn(OPS_1));
    }

    @Test
    public void openRequestsOfATeam_areListed_andOtherTeamsAreLeftOut() {
        EtaRequest second = anEtaRequest("OPS-2").id(2).build();
        EtaRequest first = anEtaRequest("OPS-1").id(1).build();
        store.replace(Optional.empty(), second);
        store.replace(Optional.empty(), first);
        store.replace(Optional.empty(), anEtaRequest("NET-1").id(3).team("network").build());

        List<EtaRequest> platform = store.openRequestsOf(PLATFORM);

        // The port promises no order: the inbox orders by urgency itself.
        assertEquals(Set.of(first, second), Set.copyOf(platform));
        assertEquals(2, platform.size());
    }

    @Test
    public void replacingOneRequestByAnother_isAProgrammingError() {
        EtaRequest first = anEtaRequest("OPS-1").id(1).build();

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> store.replace(Optional.of(first), anEtaRequest("OPS-1").id(2).build()));

        assertEquals("request 2 cannot replace request 1", error.getMessage());
    }
}
