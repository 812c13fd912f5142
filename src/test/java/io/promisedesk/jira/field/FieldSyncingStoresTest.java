package io.promisedesk.jira.field;

import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.CommitmentStore;
import io.promisedesk.commitment.InMemoryCommitmentStore;
import io.promisedesk.commitment.StoredCommitment;
import io.promisedesk.eta.EtaChange;
import io.promisedesk.eta.EtaHistory;
import io.promisedesk.eta.EtaHistoryStore;
import io.promisedesk.fixtures.ReadTogetherStores;
import io.promisedesk.eta.InMemoryEtaHistoryStore;
import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.promisedesk.jira.JiraFakes.fake;
import static io.promisedesk.jira.JiraFakes.returns;
import static io.promisedesk.jira.field.FieldFixtures.AMSTERDAM;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

public class FieldSyncingStoresTest {
    private static final IssueKey ISSUE = IssueKey.parse("SUP-7");
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, AMSTERDAM);

    private final EtaFieldType etaType = new EtaFieldType(null, null, null, CLOCK);
    private final SalesCommitmentFieldType commitmentType = new SalesCommitmentFieldType(null, null, null, null, CLOCK,
            FieldFixtures.NO_ADDRESSES, FieldFixtures.noEdits(CLOCK));
    private final CustomField etaField = field("customfield_10100", etaType);
    private final CustomField commitmentField = field("customfield_10200", commitmentType);
    private final ApplicationUser tess = fake(ApplicationUser.class, Map.of());

    private final Map<CustomField, Object> setValues = new HashMap<>();
    private final List<Object[]> updates = new ArrayList<>();
    private final MutableIssue issue = fake(MutableIssue.class, Map.of("setCustomFieldValue", arguments -> {
        setValues.put((CustomField) arguments[0], arguments[1]);
        return null;
    }));
    private final List<String> lookedUp = new ArrayList<>();
    private MutableIssue found = issue;
    private List<CustomField> fields = List.of(commitmentField, etaField);

    private final InMemoryEtaHistoryStore etaHistories = new InMemoryEtaHistoryStore();
    private final InMemoryCommitmentStore commitments = new InMemoryCommitmentStore();

    @Test
    public void aSavedEta_isWrittenIntoTheIssuesEtaField_asAnIssueUpdateBySignedInUserWithoutMail() {
        EtaChange change = firstEta(LocalDate.of(2026, 3, 13));

        assertTrue(etaStore().save(change));

        assertEquals(List.of("SUP-7"), lookedUp);
        assertEquals(Map.of(etaField, new FieldValues(AMSTERDAM).eta(change)), setValues);
        assertEquals(1, updates.size());
        assertSame(tess, updates.get(0)[0]);
        assertSame(issue, updates.get(0)[1]);
        assertSame(EventDispatchOption.ISSUE_UPDATED, updates.get(0)[2]);
        assertEquals(false, updates.get(0)[3]);
        assertEquals(Optional.of(LocalDate.of(2026, 3, 13)), etaHistories.load(ISSUE).currentEta());
    }

    @Test
    public void anEtaThatLostTheRace_isNotSaved_andTheIssueIsNotTouched() {
        etaHistories.save(firstEta(LocalDate.of(2026, 3, 13)));

        assertFalse(etaStore().save(firstEta(LocalDate.of(2026, 3, 20))));

        assertEquals(List.of(), lookedUp);
        assertEquals(List.of(), updates);
    }

    @Test
    public void anEtaForAnIssueJiraNoLongerHas_isSavedAndNothingMoreIsDone() {
        found = null;

        assertTrue(etaStore().save(firstEta(LocalDate.of(2026, 3, 13))));

        assertEquals(List.of(), updates);
        assertEquals(Optional.of(LocalDate.of(2026, 3, 13)), etaHistories.load(ISSUE).currentEta());
    }

    @Test
    public void withoutAnEtaField_theEtaIsSavedAndNoIssueIsLoaded() {
        fields = List.of(commitmentField);

        assertTrue(etaStore().save(firstEta(LocalDate.of(2026, 3, 13))));

        assertEquals(List.of(), lookedUp);
        assertEquals(List.of(), updates);
    }

    @Test
    public void aSavedCommitment_isWrittenIntoTheIssuesSalesCommitmentField() {
        StoredCommitment commitment = new StoredCommitment(ISSUE, Commitment.of(LocalDate.of(2026, 4, 1), "Acme"),
                Optional.of("by phone"), "sam", NOW);

        assertEquals(commitment, commitmentStore().save(commitment, Optional.empty()).orElseThrow().current());

        assertEquals(Map.of(commitmentField, new FieldValues(AMSTERDAM).commitment(commitment)), setValues);
        assertEquals(1, updates.size());
        assertSame(EventDispatchOption.ISSUE_UPDATED, updates.get(0)[2]);
        assertEquals(Optional.of(commitment), commitments.load(ISSUE).map(saved -> saved.current()));
    }

    @Test
    public void withoutASalesCommitmentField_theCommitmentIsSavedAndTheIssueIsNotTouched() {
        fields = List.of(etaField);
        StoredCommitment commitment = new StoredCommitment(ISSUE, Commitment.of(LocalDate.of(2026, 4, 1), null),
                Optional.empty(), "sam", NOW);

        commitmentStore().save(commitment, Optional.empty());

        assertEquals(List.of(), updates);
        assertEquals(Optional.of(commitment), commitments.load(ISSUE).map(saved -> saved.current()));
    }

    @Test
    public void loading_readsTheWrappedStores() {
        etaHistories.save(firstEta(LocalDate.of(2026, 3, 13)));

        assertEquals(etaHistories.load(ISSUE), etaStore().load(ISSUE));
        assertEquals(Optional.empty(), commitmentStore().load(ISSUE));
    }

    @Test
    public void readsOfManyIssues_areTheWrappedStoresOwn_notOneLoadPerIssue() {
        Map<IssueKey, EtaHistory> histories = Map.of(ISSUE, EtaHistory.empty(ISSUE));
        Map<IssueKey, StoredCommitment> current = Map.of(ISSUE, new StoredCommitment(ISSUE,
                Commitment.of(LocalDate.of(2026, 3, 20), "ACME"), Optional.empty(), "sam", NOW));
        EtaHistoryStore etaTogether = ReadTogetherStores.etaHistories(histories);
        CommitmentStore commitmentsTogether = ReadTogetherStores.commitments(current);

        assertSame(histories, new FieldSyncingEtaHistoryStore(etaTogether, issueManager(), fieldManager(),
                authentication(), CLOCK).historiesOf(List.of(ISSUE)));
        assertSame(current, new FieldSyncingCommitmentStore(commitmentsTogether, issueManager(), fieldManager(),
                authentication(), CLOCK).currentOf(List.of(ISSUE)));
    }

    private FieldSyncingEtaHistoryStore etaStore() {
        return new FieldSyncingEtaHistoryStore(etaHistories, issueManager(), fieldManager(), authentication(), CLOCK);
    }

    private FieldSyncingCommitmentStore commitmentStore() {
        return new FieldSyncingCommitmentStore(commitments, issueManager(), fieldManager(), authentication(), CLOCK);
    }

    private IssueManager issueManager() {
        return fake(IssueManager.class, Map.of(
                "getIssueObject", arguments -> {
                    lookedUp.add((String) arguments[0]);
                    return found;
                },
                "updateIssue", arguments -> {
                    updates.add(arguments);
                    return arguments[1];
                }));
    }

    private CustomFieldManager fieldManager() {
        return fake(CustomFieldManager.class, Map.of("getCustomFieldObjects", arguments -> fields));
    }

    private JiraAuthenticationContext authentication() {
        return fake(JiraAuthenticationContext.class, Map.of("getLoggedInUser", returns(tess)));
    }

    private static EtaChange firstEta(LocalDate eta) {
        return new EtaChange(ISSUE, "tess", NOW, Optional.empty(), eta, Optional.empty());
    }

    private static CustomField field(String id, Object type) {
        return fake(CustomField.class, Map.of("getId", returns(id), "getCustomFieldType", returns(type)));
    }
}
