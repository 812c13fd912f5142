package io.promisedesk.jira.store;

import io.promisedesk.inbox.EtaRequest;
import io.promisedesk.inbox.EtaRequestStore;
import io.promisedesk.inbox.EtaRequestStoreContract;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.promisedesk.fixtures.EtaChangeBuilder.anEtaChange;
import static io.promisedesk.fixtures.EtaRequestBuilder.anEtaRequest;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

/** The Active Objects ETA request store keeps the store contract; the database guards what the contract promises. */
public class AoEtaRequestStoreTest extends EtaRequestStoreContract {
    private final FakeActiveObjects ao = new FakeActiveObjects();

    @Override
    protected EtaRequestStore newStore() {
        return new AoEtaRequestStore(ao.jira());
    }

    @Test
    public void anotherNodeOpeningARequestOnTheIssueFirst_makesThisOneFail() {
        ao.interruptNextWriteTo(EtaRequestEntity.class, () -> ao.committedInsert(EtaRequestEntity.class, Map.of(
                EtaRequestEntity.REQUEST_NO, 7L, EtaRequestEntity.REVISION, 1, EtaRequestEntity.ISSUE_KEY, "OPS-1",
                EtaRequestEntity.TEAM_KEY, "platform", EtaRequestEntity.REQUEST_STATE, "OPEN",
                EtaRequestEntity.OPEN_SLOT, "OPS-1")));

        boolean stored = store.replace(Optional.empty(), anEtaRequest("OPS-1").id(1).build());

        assertFalse(stored);
        assertEquals(List.of(7L), ao.rows(EtaRequestEntity.class).stream()
                .map(row -> row.get(EtaRequestEntity.REQUEST_NO)).toList());
    }

    @Test
    public void anotherNodeChangingTheRequestBetweenReadAndWrite_makesThisChangeFail_andKeepsTheirs() {
        EtaRequest open = anEtaRequest("OPS-1").build();
        store.replace(Optional.empty(), open);
        EtaRequest theirs = open.join(anEtaRequest("OPS-1").by("kim").askedAt("2025-03-03T10:00:00Z").ask(),
                new TeamKey("platform"), Optional.empty());
        ao.interruptNextWriteTo(EtaRequestEntity.class, () -> {
            ao.committedDelete(EtaRequestEntity.class, EtaRequestEntity.REQUEST_NO, 1L);
            ao.committedInsert(EtaRequestEntity.class, Map.of(EtaRequestEntity.REQUEST_NO, 1L,
                    EtaRequestEntity.REVISION, 2, EtaRequestEntity.ISSUE_KEY, "OPS-1",
                    EtaRequestEntity.TEAM_KEY, "platform", EtaRequestEntity.REQUEST_STATE, "OPEN",
                    EtaRequestEntity.OPEN_SLOT, "OPS-1"));
            ao.committedInsert(EtaRequestAskEntity.class, Map.of(EtaRequestAskEntity.REQUEST_NO, 1L,
                    EtaRequestAskEntity.LIST_POSITION, 1, EtaRequestAskEntity.REQUESTER, "kim",
                    EtaRequestAskEntity.CUSTOMER, "ACME", EtaRequestAskEntity.URGENCY, "NO_RUSH",
                    EtaRequestAskEntity.ASKED_AT, "2025-03-03T10:00:00Z"));
        });

        boolean replaced = store.replace(Optional.of(open), open.answeredBy(
                anEtaChange().at("2025-03-03T11:00:00Z").build()));

        assertFalse(replaced);
        assertEquals(Optional.of(theirs), store.openRequestOn(IssueKey.parse("OPS-1")));
    }

    @Test
    public void aFailureHalfwayThroughAChange_leavesTheRequestAsItWas() {
        EtaRequest open = anEtaRequest("OPS-1").build();
        store.replace(Optional.empty(), open);
        ao.failNextCreateOf(EtaRequestAskEntity.class);

        assertThrows(FakeActiveObjects.FakeSqlException.class, () -> store.replace(Optional.of(open),
                open.answeredBy(anEtaChange().at("2025-03-03T11:00:00Z").build())));

        assertEquals(Optional.of(open), store.openRequestOn(IssueKey.parse("OPS-1")));
    }

    @Test
    public void answeredRequest_freesItsIssuesOpenSlot() {
        EtaRequest open = anEtaRequest("OPS-1").build();
        store.replace(Optional.empty(), open);

        store.replace(Optional.of(open), open.answeredBy(anEtaChange().at("2025-03-03T11:00:00Z").build()));

        assertEquals("#1", ao.rows(EtaRequestEntity.class).get(0).get(EtaRequestEntity.OPEN_SLOT));
    }
}
