package io.promisedesk.jira.field;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import io.promisedesk.commitment.AllowedEmailDomains;
import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.CommitmentStore;
import io.promisedesk.commitment.InMemoryCommitmentStore;
import io.promisedesk.commitment.InformedAddress;
import io.promisedesk.commitment.InformedAddresses;
import io.promisedesk.commitment.InformedOfIssue;
import io.promisedesk.commitment.SavedCommitment;
import io.promisedesk.commitment.StoredCommitment;
import io.promisedesk.fixtures.MutableClock;
import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.promisedesk.jira.JiraFakes.fake;
import static io.promisedesk.jira.JiraFakes.returns;
import static io.promisedesk.jira.field.FieldFixtures.AMSTERDAM;
import static io.promisedesk.jira.field.FieldFixtures.DATES;
import static io.promisedesk.jira.field.FieldFixtures.FIELD_ID;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

/**
 * The addresses a commitment keeps informed, set on the Sales Commitment field's edit screen: judged beside the field
 * (new ones only at the domains the administrator allows, kept ones always), carried on the value Jira stores, and
 * recorded into Promise Desk's store with the issue event that follows; a commitment edited on Jira's screens without
 * them is recorded too, keeping the stored addresses.
 */
public class CommitmentFieldAddressesTest {
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, AMSTERDAM);
    private static final long ISSUE_ID = 10_001L;
    private static final IssueKey OPS_7 = IssueKey.parse("OPS-7");
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final StoredCommitment SET_BY_SALES = new StoredCommitment(OPS_7,
            Commitment.of(LocalDate.of(2026, 3, 30), "Globex"), Optional.of("Board meeting"), "sam",
            Instant.parse("2026-03-09T08:00:00Z"),
            InformedAddresses.parse(Optional.of("ann@globex.example"), DUTCH));

    private final InMemoryCommitmentStore store = new InMemoryCommitmentStore();
    private CommitmentStore recordingStore = store;
    private AllowedEmailDomains allowed = AllowedEmailDomains.ANY;
    private final List<String[]> errors = new ArrayList<>();
    private final JiraAuthenticationContext dutch = fake(JiraAuthenticationContext.class,
            Map.of("getI18nHelper", arguments -> FieldFixtures.i18n(DUTCH), "getLocale", returns(DUTCH)));
    private final IssueManager issues = fake(IssueManager.class, Map.of("getIssueObject",
            arguments -> ((Long) arguments[0]) == ISSUE_ID ? fake(MutableIssue.class, Map.of("getKey", returns("OPS-7"),
                    "getCustomFieldValue", field -> storedValue())) : null));
    private final CommitmentFieldEdits edits = new CommitmentFieldEdits(new CommitmentStore() {
        @Override
        public Optional<SavedCommitment> load(IssueKey issue) {
            return recordingStore.load(issue);
        }

        @Override
        public Optional<SavedCommitment> save(StoredCommitment commitment, Optional<StoredCommitment> replacing) {
            return recordingStore.save(commitment, replacing);
        }
    }, () -> allowed, fake(CustomFieldManager.class, Map.of("getCustomFieldObjects", arguments -> List.of(field()))),
            CLOCK);
    private final SalesCommitmentFieldType type = new SalesCommitmentFieldType(null, null, dutch, issues, CLOCK,
            new InformedOfIssue(store), edits);
    private final CustomField field = fake(CustomField.class, Map.of("getId", returns(FIELD_ID),
            "getCustomFieldType", returns(type)));
    private final FieldConfig config = fake(FieldConfig.class, Map.of("getCustomField", returns(field)));

    @Test
    public void anAddressTypedOnTheEditScreen_isRecordedWithTheIssueEvent_byTheEditor_inTheirLanguage() {
        store.save(SET_BY_SALES, Optional.empty());
        CommitmentDate typed = typedValue("ann@globex.example\njan@acme.example", "ann@globex.example");

        type.updateValue(field, issueWithId(ISSUE_ID), typed);
        // Jira's listeners get the issue read back from the database, where the field keeps no addresses.
        edits.heard(OPS_7, issueHolding(type.getObjectFromDbValue(type.getDbValueFromObject(typed))), user("kim"));

        StoredCommitment recorded = store.load(OPS_7).orElseThrow().current();
        assertEquals(List.of("ann@globex.example", "jan@acme.example"), texts(recorded.informed()));
        assertEquals(List.of(DUTCH, DUTCH), recorded.informed().all().stream().map(InformedAddress::language).toList());
        assertEquals("kim", recorded.author());
        assertEquals(NOW, recorded.at());
        assertEquals(SET_BY_SALES.commitment(), recorded.commitment());
        assertEquals(Optional.of(SET_BY_SALES), store.load(OPS_7).orElseThrow().previous());
    }

    @Test
    public void aFirstCommitmentWithAddresses_onANewIssue_isRecordedThroughCreateValue() {
        CommitmentDate typed = (CommitmentDate) type.getValueFromCustomFieldParams(submitted("2026-03-30", "customer", "Globex",
                "addresses", "jan@acme.example"));

        type.createValue(field, issueWithId(ISSUE_ID), typed);
        edits.heard(OPS_7, issueHolding(type.getSingularObjectFromString(type.getStringFromSingularObject(typed))),
                user("kim"));

        assertEquals(List.of("jan@acme.example"), texts(store.load(OPS_7).orElseThrow().current().informed()));
    }

    @Test
    public void addressesLeftAsShown_makeNoChange_soAnEditOfAnotherFieldStoresAndRecordsNothing() {
        store.save(SET_BY_SALES, Optional.empty());
        CommitmentDate untouched = typedValue("ann@globex.example", "ann@globex.example");
        CommitmentDate changed = typedValue("jan@acme.example", "ann@globex.example");

        // Jira calls updateValue only for a value unequal to the stored one (CustomFieldImpl#updateValue).
        assertEquals(storedValue(), untouched);
        assertNotEquals(storedValue(), changed);
        edits.heard(OPS_7, issueHolding(storedValue()), user("kim"));
        assertEquals(SET_BY_SALES, store.load(OPS_7).orElseThrow().current());
        assertEquals("2026-03-30 voor Globex: Board meeting; de adressen die op de hoogte worden gehouden zijn gewijzigd",
                type.getChangelogString(field, changed));
        assertFalse(type.getChangelogString(field, changed).contains("acme"));
    }

    @Test
    public void aCommitmentChangedOnJirasScreensWithoutOurForm_isRecorded_keepingTheStoredAddresses() {
        store.save(SET_BY_SALES, Optional.empty());
        CommitmentDate fromRest = (CommitmentDate) type.getSingularObjectFromString("2026-04-02\nGlobex\n");

        type.updateValue(field, issueWithId(ISSUE_ID), fromRest);
        edits.heard(OPS_7, issueHolding(fromRest), user("kim"));

        StoredCommitment recorded = store.load(OPS_7).orElseThrow().current();
        assertEquals(Commitment.of(LocalDate.of(2026, 4, 2), "Globex"), recorded.commitment());
        assertEquals(Optional.empty(), recorded.note());
        assertEquals(SET_BY_SALES.informed(), recorded.informed());
    }

    @Test
    public void aSaveOfOurOwnPages_whichWroteTheFieldItself_recordsNothingMore_evenWithALongNoteOnSeveralLines() {
        StoredCommitment longNote = new StoredCommitment(OPS_7, SET_BY_SALES.commitment(),
                Optional.of("First line\n" + "n".repeat(400)), "sam", SET_BY_SALES.at(), SET_BY_SALES.informed());
        store.save(longNote, Optional.empty());

        edits.heard(OPS_7, issueHolding(new FieldValues(AMSTERDAM).commitment(longNote)), user("sam"));

        assertEquals(new SavedCommitment(longNote, Optional.empty()), store.load(OPS_7).orElseThrow());
    }

    @Test
    public void aClearedField_orNobodySignedIn_recordsNothing() {
        store.save(SET_BY_SALES, Optional.empty());

        edits.heard(OPS_7, issueHolding(null), user("kim"));
        edits.heard(OPS_7, issueHolding(type.getSingularObjectFromString("2026-04-02\nGlobex\n")), null);

        assertEquals(new SavedCommitment(SET_BY_SALES, Optional.empty()), store.load(OPS_7).orElseThrow());
    }

    @Test
    public void aFailingStore_doesNotFailJirasEdit() {
        recordingStore = new CommitmentStore() {
            @Override
            public Optional<SavedCommitment> load(IssueKey issue) {
                throw new IllegalStateException("database down");
            }

            @Override
            public Optional<SavedCommitment> save(StoredCommitment commitment, Optional<StoredCommitment> replacing) {
                throw new IllegalStateException("database down");
            }
        };

        edits.heard(OPS_7, issueHolding(type.getSingularObjectFromString("2026-04-02\nGlobex\n")), user("kim"));

        assertEquals(Optional.empty(), store.load(OPS_7));
    }

    @Test
    public void addressesHandedOverLongerAgoThanTenMinutes_areDropped_andTheStoredOnesStay() {
        store.save(SET_BY_SALES, Optional.empty());
        MutableClock clock = MutableClock.at("2026-03-10T09:00:00Z");
        CommitmentFieldEdits later = new CommitmentFieldEdits(store, () -> allowed,
                fake(CustomFieldManager.class, Map.of("getCustomFieldObjects", arguments -> List.of(field))), clock);
        later.stored(ISSUE_ID, typedValue("jan@acme.example", "ann@globex.example"));

        clock.set("2026-03-10T09:10:01Z");
        later.stored(99L, typedValue("kim@initech.example", ""));
        later.heard(OPS_7, issueHolding(type.getSingularObjectFromString("2026-04-02\nGlobex\n")), user("kim"));

        assertEquals(SET_BY_SALES.informed(), store.load(OPS_7).orElseThrow().current().informed());
        assertEquals(LocalDate.of(2026, 4, 2), store.load(OPS_7).orElseThrow().current().commitment().date());
    }

    @Test
    public void aNewAddressOutsideTheAllowedDomains_isRefusedBesideTheField_butOneTheCommitmentKeepsIsNot() {
        store.save(SET_BY_SALES, Optional.empty());
        allowed = new AllowedEmailDomains(Set.of("acme.example"));

        type.validateFromParams(submittedFor(ISSUE_ID, "ann@globex.example jan@acme.example", "ann@globex.example"),
                errors(), config);
        type.validateFromParams(submittedFor(ISSUE_ID, "ann@globex.example bob@globex.example", "ann@globex.example"),
                errors(), config);

        assertEquals(1, errors.size());
        assertEquals(FIELD_ID, errors.get(0)[0]);
        assertEquals("bob@globex.example ligt niet op een domein dat uw beheerder toestaat; gebruik een adres op "
                + "acme.example.", errors.get(0)[1]);
    }

    @Test
    public void aMalformedAddress_orTooMany_areRefusedBesideTheField() {
        store.save(SET_BY_SALES, Optional.empty());
        type.validateFromParams(submittedFor(ISSUE_ID, "jan@acme", ""), errors(), config);
        StringBuilder many = new StringBuilder();
        for (int index = 0; index <= InformedAddresses.MAX_COUNT; index++) {
            many.append("person").append(index).append("@acme.example\n");
        }
        type.validateFromParams(submittedFor(ISSUE_ID, many.toString(), ""), errors(), config);

        assertEquals(2, errors.size());
        assertTrue(errors.get(0)[1], errors.get(0)[1].contains("\"jan@acme\""));
        assertTrue(errors.get(1)[1], errors.get(1)[1].contains(String.valueOf(InformedAddresses.MAX_COUNT)));
    }

    private CommitmentDate typedValue(String typed, String shown) {
        return (CommitmentDate) type.getValueFromCustomFieldParams(submitted("2026-03-30", "customer", "Globex", "note",
                "Board meeting", "shown", "2026-03-30", "addresses", typed, "shownAddresses", shown));
    }

    private CommitmentDate storedValue() {
        return store.load(OPS_7).map(saved -> new FieldValues(AMSTERDAM).commitment(saved.current())).orElse(null);
    }

    private CustomField field() {
        return field;
    }

    private static List<String> texts(InformedAddresses addresses) {
        return addresses.all().stream().map(address -> address.address().text()).toList();
    }

    /** Our form submitted for the issue it was rendered for, showing the stored commitment, with addresses. */
    private static CustomFieldParams submittedFor(long issueId, String typed, String shown) {
        return submitted("2026-03-30", "customer", "Globex", "shown", "2026-03-30", "issue", String.valueOf(issueId),
                CommitmentForm.JIRA_ISSUE_ID, String.valueOf(issueId), "expectedDate", "2026-03-30",
                "expectedCustomer", "Globex", "addresses", typed, "shownAddresses", shown);
    }

    /** Our form's inputs as Jira hands them on: empty ones dropped. */
    private static CustomFieldParams submitted(String main, String... keysAndValues) {
        Map<String, List<Object>> values = new HashMap<>();
        values.put(null, List.of(main));
        values.put("form", List.of("1"));
        for (int index = 0; index < keysAndValues.length; index += 2) {
            if (!keysAndValues[index + 1].isEmpty()) {
                values.put(keysAndValues[index], List.of(keysAndValues[index + 1]));
            }
        }
        return fake(CustomFieldParams.class, Map.of("getKeysAndValues", arguments -> values));
    }

    private static Issue issueWithId(long id) {
        return fake(Issue.class, Map.of("getId", returns(id)));
    }

    private Issue issueHolding(Object value) {
        return fake(Issue.class, Map.of("getId", returns(ISSUE_ID), "getKey", returns("OPS-7"),
                "getCustomFieldValue", arguments -> arguments[0] == field ? value : null));
    }

    private static ApplicationUser user(String name) {
        return fake(ApplicationUser.class, Map.of("getUsername", returns(name)));
    }

    private ErrorCollection errors() {
        return FieldFixtures.collectingInto(errors);
    }

}
