package io.promisedesk.jira.field;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import io.promisedesk.eta.EtaChange;
import io.promisedesk.eta.EtaHistory;
import io.promisedesk.eta.EtaHistoryStore;
import io.promisedesk.eta.InMemoryEtaHistoryStore;
import io.promisedesk.inbox.AskForEta;
import io.promisedesk.inbox.EtaRequest;
import io.promisedesk.inbox.InMemoryEtaRequestStore;
import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.promisedesk.fixtures.AskForEtaCommandBuilder.anEtaAsk;
import static io.promisedesk.jira.JiraFakes.fake;
import static io.promisedesk.jira.JiraFakes.returns;
import static io.promisedesk.jira.field.FieldFixtures.AMSTERDAM;
import static io.promisedesk.jira.field.FieldFixtures.DATES;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/**
 * An ETA edited on Jira's own screens reaches Promise Desk's history, as a change by the editor that answers the
 * issue's ETA request; a save of our own pages, which wrote the field itself, adds nothing.
 */
public class EtaFieldEditsTest {
    private static final IssueKey ISSUE = IssueKey.parse("SUP-7");
    private static final Instant ASKED = Instant.parse("2026-03-09T15:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, AMSTERDAM);
    private static final LocalDate MARCH_13 = LocalDate.of(2026, 3, 13);
    private static final LocalDate MARCH_20 = LocalDate.of(2026, 3, 20);

    private final CustomField etaField = field("customfield_10100", new EtaFieldType(null, null, null, CLOCK));
    private final CustomField commitmentField = field("customfield_10200",
            new SalesCommitmentFieldType(null, null, null, null, CLOCK, FieldFixtures.NO_ADDRESSES,
                    FieldFixtures.noEdits(CLOCK)));
    private List<CustomField> fields = List.of(commitmentField, etaField);
    private final List<CustomField> read = new ArrayList<>();

    private final InMemoryEtaHistoryStore histories = new InMemoryEtaHistoryStore();
    private final InMemoryEtaRequestStore requests = new InMemoryEtaRequestStore();
    private EtaHistoryStore stored = histories;

    @Test
    public void anEtaEditedOnJirasScreen_isASlipByTheEditor_withTheTypedReason_andAnswersTheOpenRequest() {
        histories.save(change(Optional.empty(), MARCH_13, "tess"));
        new AskForEta(requests, Clock.fixed(ASKED, AMSTERDAM)).ask(anEtaAsk("SUP-7").build());

        edits().heard(ISSUE, issueHolding(new EtaValue(MARCH_20, Optional.of("Supplier late"), DATES)), user("tina"));

        EtaHistory history = histories.load(ISSUE);
        assertEquals(new EtaChange(ISSUE, "tina", NOW, Optional.of(MARCH_13), MARCH_20, Optional.of("Supplier late")),
                history.lastChange().orElseThrow());
        assertEquals(1, history.slipCount());
        assertEquals(Optional.empty(), requests.openRequestOn(ISSUE));
        EtaRequest answered = requests.answeredBetween(Instant.EPOCH, NOW).get(0);
        assertEquals(Optional.of("tina"), answered.answeredBy());
        assertEquals(List.of(etaField), read);
    }

    @Test
    public void ourOwnPagesSave_whichWroteTheFieldItself_appendsNothing_andAnswersNothingMore() {
        histories.save(change(Optional.empty(), MARCH_13, "tess"));
        new AskForEta(requests, Clock.fixed(NOW, AMSTERDAM)).ask(anEtaAsk("SUP-7").build());

        edits().heard(ISSUE, issueHolding(new FieldValues(AMSTERDAM).eta(change(Optional.empty(), MARCH_13, "tess"))),
                user("tess"));

        assertEquals(1, histories.load(ISSUE).changes().size());
        assertTrue(requests.openRequestOn(ISSUE).isPresent());
    }

    @Test
    public void aDateReadBackFromTheDatabase_isRecordedAsItsDayInTheServersZone_withoutAReason() {
        edits().heard(ISSUE, issueHolding(new Date(DATES.startOfDay(MARCH_20))), user("tina"));

        assertEquals(new EtaChange(ISSUE, "tina", NOW, Optional.empty(), MARCH_20, Optional.empty()),
                histories.load(ISSUE).lastChange().orElseThrow());
    }

    @Test
    public void anInstanceWithoutAnEtaField_readsNoIssueAndRecordsNothing() {
        fields = List.of(commitmentField);

        edits().heard(ISSUE, issueHolding(new Date(DATES.startOfDay(MARCH_20))), user("tina"));

        assertEquals(List.of(), read);
        assertEquals(EtaHistory.empty(ISSUE), histories.load(ISSUE));
    }

    @Test
    public void anEmptyOrClearedField_leavesTheHistoryAsItWas() {
        edits().heard(ISSUE, issueHolding(null), user("tina"));
        assertEquals(EtaHistory.empty(ISSUE), histories.load(ISSUE));

        histories.save(change(Optional.empty(), MARCH_13, "tess"));
        edits().heard(ISSUE, issueHolding(null), user("tina"));
        assertEquals(Optional.of(MARCH_13), histories.load(ISSUE).currentEta());
    }

    @Test
    public void anEditByNobodySignedIn_recordsNothing_havingNoAuthorToName() {
        edits().heard(ISSUE, issueHolding(new Date(DATES.startOfDay(MARCH_20))), null);
        edits().heard(ISSUE, issueHolding(new Date(DATES.startOfDay(MARCH_20))), user(null));

        assertEquals(EtaHistory.empty(ISSUE), histories.load(ISSUE));
    }

    @Test
    public void aFailingStore_isLoggedAndDoesNotReachJirasEvent() {
        stored = new EtaHistoryStore() {
            @Override
            public EtaHistory load(IssueKey issue) {
                throw new IllegalStateException("database down");
            }

            @Override
            public boolean save(EtaChange change) {
                throw new IllegalStateException("database down");
            }
        };

        edits().heard(ISSUE, issueHolding(new Date(DATES.startOfDay(MARCH_20))), user("tina"));
    }

    @Test
    public void everyCollaboratorIsRequired() {
        CustomFieldManager manager = fake(CustomFieldManager.class, Map.of());
        assertThrows(RuntimeException.class, () -> new EtaFieldEdits(null, requests, manager, CLOCK));
        assertThrows(RuntimeException.class, () -> new EtaFieldEdits(histories, null, manager, CLOCK));
        assertThrows(RuntimeException.class, () -> new EtaFieldEdits(histories, requests, null, CLOCK));
        assertThrows(RuntimeException.class, () -> new EtaFieldEdits(histories, requests, manager, null));
    }

    private EtaFieldEdits edits() {
        return new EtaFieldEdits(stored, requests,
                fake(CustomFieldManager.class, Map.of("getCustomFieldObjects", arguments -> fields)), CLOCK);
    }

    private Issue issueHolding(Object value) {
        return fake(Issue.class, Map.of("getCustomFieldValue", arguments -> {
            read.add((CustomField) arguments[0]);
            return arguments[0] == etaField ? value : null;
        }));
    }

    private static ApplicationUser user(String name) {
        return fake(ApplicationUser.class, Map.of("getUsername", returns(name)));
    }

    private static EtaChange change(Optional<LocalDate> from, LocalDate to, String author) {
        return new EtaChange(ISSUE, author, Instant.parse("2026-03-02T09:00:00Z"), from, to, Optional.empty());
    }

    private static CustomField field(String id, Object type) {
        return fake(CustomField.class, Map.of("getId", returns(id), "getCustomFieldType", returns(type)));
    }
}
