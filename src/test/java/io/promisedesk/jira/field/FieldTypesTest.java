package io.promisedesk.jira.field;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.ErrorCollection;
import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.InMemoryCommitmentStore;
import io.promisedesk.commitment.InformedAddresses;
import io.promisedesk.commitment.InformedOfIssue;
import io.promisedesk.commitment.StoredCommitment;
import io.promisedesk.eta.EtaChange;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.rendering.RenderedHtml;
import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.lang.reflect.Proxy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static io.promisedesk.jira.field.FieldFixtures.FIELD_ID;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/**
 * The two field types as Jira calls them: errors land on the field in the reader's language, values convert to and
 * from what Jira stores, the reason reaches the history. Jira's interfaces are faked with proxies answering only the
 * methods our types call, so this compiles against our declarations and against the real jira-api alike (the tests
 * declare {@code Exception} because Jira's {@code FieldValidationException} may be a checked one).
 */
public class FieldTypesTest {
    private static final ZoneId AMSTERDAM = FieldFixtures.AMSTERDAM;
    private static final Clock MARCH_10 = Clock.fixed(LocalDate.of(2026, 3, 10).atTime(9, 0).atZone(AMSTERDAM)
            .toInstant(), AMSTERDAM);
    private static final CustomField FIELD = fake(CustomField.class, Map.of("getId", arguments -> FIELD_ID));
    private static final FieldConfig CONFIG = fake(FieldConfig.class, Map.of("getCustomField", arguments -> FIELD));
    private static final long ISSUE_ID = 10_001L;

    private final JiraAuthenticationContext dutch = fake(JiraAuthenticationContext.class,
            Map.of("getI18nHelper", arguments -> FieldFixtures.i18n(new Locale("nl"))));
    private final EtaFieldType eta = new EtaFieldType(null, null, dutch, MARCH_10);
    private final List<String[]> errors = new ArrayList<>();
    /** The issues Jira has, by id, with their stored Sales Commitment; and the ids the field type looked up. */
    private final Map<Long, CommitmentDate> storedCommitments = new HashMap<>();
    private final List<Long> lookedUp = new ArrayList<>();
    private final IssueManager issues = fake(IssueManager.class, Map.of("getIssueObject", arguments -> {
        Long id = (Long) arguments[0];
        lookedUp.add(id);
        return storedCommitments.containsKey(id) || id == ISSUE_ID ? fake(MutableIssue.class,
                Map.of("getCustomFieldValue", field -> storedCommitments.get(id))) : null;
    }));
    private final SalesCommitmentFieldType commitment = new SalesCommitmentFieldType(null, null, dutch, issues, MARCH_10,
            FieldFixtures.NO_ADDRESSES, FieldFixtures.noEdits(MARCH_10));

    @Test
    public void aPastEta_isRefusedOnTheField_inTheReadersLanguage() throws Exception {
        eta.validateFromParams(submitted("2026-03-09", "shown", "2026-03-20"), errors(), CONFIG);

        assertEquals(1, errors.size());
        assertEquals(FIELD_ID, errors.get(0)[0]);
        assertEquals(new MessageRenderer(new Locale("nl")).render("promisedesk.eta.rejected.past", "2026-03-09",
                "2026-03-10"), errors.get(0)[1]);
    }

    @Test
    public void aSlipWithItsReason_passes_andTheReasonReachesTheChangeHistory() throws Exception {
        CustomFieldParams params = submitted("2026-03-27", "shown", "2026-03-20", "reason", "Leverancier te laat");

        eta.validateFromParams(params, errors(), CONFIG);

        assertEquals(0, errors.size());
        assertEquals("2026-03-27 (reden: Leverancier te laat)",
                eta.getChangelogString(FIELD, eta.getValueFromCustomFieldParams(params)));
        assertEquals("2026-03-20", eta.getChangelogString(FIELD, eta.getSingularObjectFromString("2026-03-20")));
    }

    @Test
    public void theEtaIsStoredAsATimestampAtTheStartOfItsDay() throws Exception {
        EtaValue value = (EtaValue) eta.getSingularObjectFromString("2026-03-27");

        Timestamp stored = (Timestamp) eta.getDbValueFromObject(value);

        assertEquals(PersistenceFieldType.TYPE_DATE, eta.getDatabaseType());
        assertEquals(LocalDate.of(2026, 3, 27).atStartOfDay(AMSTERDAM).toInstant(), stored.toInstant());
        assertEquals(value, eta.getObjectFromDbValue(stored));
        assertEquals("2026-03-27", eta.getStringFromSingularObject(eta.getObjectFromDbValue(stored)));
    }

    /**
     * Jira's own date field hands out {@code java.sql.Timestamp} values (its {@code DateCFType} casts the stored value
     * to one, its date picker converter makes one), and Jira 4.4's {@code LocalDateIndexer}, the indexer of the Date
     * Range searcher our fields use, casts every value to {@code Timestamp}: so every value of ours is one, at the
     * start of its day in the server's time zone as Jira's date picker stores it (docs/jira-api-surface.md).
     */
    @Test
    public void everyValueTheFieldTypesHandToJira_isATimestampAtTheStartOfItsDay() throws Exception {
        LocalDate day = LocalDate.of(2026, 3, 27);
        Timestamp stored = new Timestamp(day.atTime(15, 30).atZone(AMSTERDAM).toInstant().toEpochMilli());
        FieldValues saved = new FieldValues(AMSTERDAM);
        IssueKey issue = IssueKey.parse("SUP-7");
        Instant now = Instant.parse("2026-03-10T09:00:00Z");
        Map<String, Object> handedOut = new LinkedHashMap<>();
        handedOut.put("eta typed", eta.getValueFromCustomFieldParams(submitted("2026-03-27", "reason", "Late")));
        handedOut.put("eta from text", eta.getSingularObjectFromString("2026-03-27"));
        handedOut.put("eta from the database", eta.getObjectFromDbValue(stored));
        handedOut.put("eta from a date", eta.getValueFromCustomFieldParams(submitted(new java.util.Date(
                stored.getTime()))));
        handedOut.put("eta saved on our pages", saved.eta(new EtaChange(issue, "tess", now, Optional.empty(), day,
                Optional.empty())));
        handedOut.put("commitment typed", commitment.getValueFromCustomFieldParams(submitted("2026-03-27",
                "customer", "Globex")));
        handedOut.put("commitment from text", commitment.getSingularObjectFromString("2026-03-27\nGlobex\n"));
        handedOut.put("commitment from the database", commitment.getObjectFromDbValue("2026-03-27\nGlobex\nNote"));
        handedOut.put("commitment from a date", commitment.getValueFromCustomFieldParams(submitted(stored)));
        handedOut.put("commitment saved on our pages", saved.commitment(new StoredCommitment(issue,
                Commitment.of(day, "Globex"), Optional.empty(), "sam", now)));

        for (Map.Entry<String, Object> value : handedOut.entrySet()) {
            assertTrue(value.getKey() + " is a " + value.getValue().getClass(), value.getValue() instanceof Timestamp);
            Timestamp timestamp = (Timestamp) value.getValue();
            assertEquals(value.getKey(), day.atStartOfDay(AMSTERDAM).toInstant(), timestamp.toInstant());
            assertEquals(value.getKey(), 0, timestamp.getNanos());
        }
    }

    @Test
    public void aCommitment_equalsOnlyACommitmentWithTheSameCustomerAndNote_evenAsATimestamp() throws Exception {
        Timestamp globex = (Timestamp) commitment.getSingularObjectFromString("2026-03-27\nGlobex\n");
        Timestamp initech = (Timestamp) commitment.getSingularObjectFromString("2026-03-27\nInitech\n");
        Timestamp sameDay = new Timestamp(globex.getTime());

        // Timestamp#equals(Timestamp) is an overload of its own: a change of customer alone must still be a change.
        assertFalse(globex.equals(initech));
        assertFalse(globex.equals(sameDay));
        assertTrue(globex.equals((Timestamp) commitment.getSingularObjectFromString("2026-03-27\nGlobex\n")));
    }

    @Test
    public void aTypedValueThatIsNotADate_isAFieldValidationException() throws Exception {
        FieldValidationException refused = assertThrows(FieldValidationException.class,
                () -> eta.getValueFromCustomFieldParams(submitted("morgen")));

        assertTrue(refused.getMessage(), refused.getMessage().contains("morgen"));
    }

    @Test
    public void aCommitment_isStoredAsOneTextAndComesBackWhole() throws Exception {
        CustomFieldParams params = submitted("2026-12-01", "customer", "Globex", "note", "Board meeting");

        Object stored = commitment.getDbValueFromObject(commitment.getValueFromCustomFieldParams(params));

        assertEquals(PersistenceFieldType.TYPE_UNLIMITED_TEXT, commitment.getDatabaseType());
        assertEquals("2026-12-01\nGlobex\nBoard meeting", stored);
        CommitmentDate back = (CommitmentDate) commitment.getObjectFromDbValue(stored);
        assertEquals(Optional.of("Globex"), back.customer());
        assertEquals("2026-12-01 voor Globex: Board meeting", commitment.getChangelogString(FIELD, back));
    }

    @Test
    public void aCommitmentWithoutCustomer_isRefusedOnTheField() throws Exception {
        commitment.validateFromParams(submitted("2026-12-01"), errors(), CONFIG);

        assertEquals(1, errors.size());
        assertEquals("Vul de klant in aan wie deze datum is beloofd.", errors.get(0)[1]);
    }

    @Test
    public void anEditOverACommitmentSomeoneElseChangedMeanwhile_isRefusedOnTheField_namingTheNewerOne() throws Exception {
        storedCommitments.put(ISSUE_ID, stored("2026-12-05", "Umbrella"));

        commitment.validateFromParams(editedOn(ISSUE_ID, ISSUE_ID, "2026-12-24", "Initech"), errors(), CONFIG);

        assertEquals(1, errors.size());
        assertEquals(FIELD_ID, errors.get(0)[0]);
        assertEquals("Iemand anders heeft de toezegging gewijzigd terwijl je aan het bewerken was; nu is het 2026-12-05"
                + " voor Umbrella. Controleer dat en sla opnieuw op; wat je hebt ingevuld, blijft bewaard.", errors.get(0)[1]);
        assertEquals(List.of(ISSUE_ID), lookedUp);
    }

    @Test
    public void anEditOverACommitmentRemovedOrWithoutCustomerMeanwhile_isRefusedToo() throws Exception {
        commitment.validateFromParams(editedOn(ISSUE_ID, ISSUE_ID, "2026-12-24", "Initech"), errors(), CONFIG);
        storedCommitments.put(ISSUE_ID, new CommitmentDate(LocalDate.parse("2026-12-01"), Optional.empty(),
                Optional.empty(), FieldFixtures.DATES));
        commitment.validateFromParams(editedOn(ISSUE_ID, ISSUE_ID, "2026-12-24", "Initech"), errors(), CONFIG);

        assertEquals(2, errors.size());
        assertTrue(errors.get(0)[1], errors.get(0)[1].startsWith("Iemand anders heeft de toezegging verwijderd"));
        assertTrue(errors.get(1)[1], errors.get(1)[1].contains("nu is het 2026-12-01, klant niet vastgelegd."));
    }

    @Test
    public void anEditOverTheCommitmentStillStored_passes_evenWhenOnlyItsNoteChangedMeanwhile() throws Exception {
        storedCommitments.put(ISSUE_ID, new CommitmentDate(LocalDate.parse("2026-12-01"), Optional.of("Globex"),
                Optional.of("A note added meanwhile"), FieldFixtures.DATES));

        commitment.validateFromParams(editedOn(ISSUE_ID, ISSUE_ID, "2026-12-24", "Initech"), errors(), CONFIG);

        assertEquals(0, errors.size());
        assertEquals(List.of(ISSUE_ID), lookedUp);
    }

    @Test
    public void staleness_isJudgedBeforeThePastDay() throws Exception {
        storedCommitments.put(ISSUE_ID, stored("2026-12-05", "Umbrella"));

        commitment.validateFromParams(editedOn(ISSUE_ID, ISSUE_ID, "2026-03-01", "Initech"), errors(), CONFIG);

        assertEquals(1, errors.size());
        assertTrue(errors.get(0)[1], errors.get(0)[1].startsWith("Iemand anders heeft de toezegging gewijzigd"));
    }

    @Test
    public void aBulkEdit_isCheckedOnlyForTheIssueItsFormWasRenderedFor() throws Exception {
        storedCommitments.put(10_002L, stored("2026-12-05", "Umbrella"));

        commitment.validateFromParams(editedOn(ISSUE_ID, 10_002L, "2026-12-24", "Initech"), errors(), CONFIG);

        assertEquals(0, errors.size());
        assertEquals(List.of(), lookedUp);
    }

    @Test
    public void withoutTheIssueIdFromJira_aNewIssue_orAValueFromOutsideOurForm_isNotChecked() throws Exception {
        storedCommitments.put(ISSUE_ID, stored("2026-12-05", "Umbrella"));
        Map<String, List<String>> newIssue = new HashMap<>(Map.of("form", List.of("1"), "customer", List.of("Initech")));
        newIssue.put(null, List.of("2026-12-24"));
        Map<String, List<String>> fromRest = new HashMap<>(Map.of(CommitmentForm.JIRA_ISSUE_ID, List.of("10001")));
        fromRest.put(null, List.of("2026-12-24"));

        commitment.validateFromParams(params(newIssue), errors(), CONFIG);
        commitment.validateFromParams(params(fromRest), errors(), CONFIG);

        assertEquals(0, errors.size());
        assertEquals(List.of(), lookedUp);
    }

    @Test
    public void anIssueJiraNoLongerHas_isLeftToJira() throws Exception {
        commitment.validateFromParams(editedOn(404L, 404L, "2026-12-24", "Initech"), errors(), CONFIG);

        assertEquals(0, errors.size());
        assertEquals(List.of(404L), lookedUp);
    }

    @Test
    public void theEditTemplatesValue_isAPlainMapOfWhatToShow() throws Exception {
        Object shown = commitment.getStringValueFromCustomFieldParams(submitted("2026-12-01", "customer", "Globex"));

        assertEquals(Map.of("date", "2026-12-01", "customer", "Globex", "note", "", "shown", "", "form", "1",
                "addresses", "", "shownAddresses", ""), shown);
        RenderedHtml.assertPlainContext(Map.of("value", shown));
    }

    @Test
    public void templateContexts_arePlain_andNeedNoStoredValueOnANewIssue() throws Exception {
        Map<String, Object> commitmentContext = commitment.getVelocityParameters(null, FIELD, null);
        Map<String, Object> etaContext = eta.getVelocityParameters(fake(Issue.class, Map.of("getId", arguments -> null)),
                FIELD, null);

        RenderedHtml.assertPlainContext(commitmentContext);
        RenderedHtml.assertPlainContext(etaContext);
        assertEquals(false, commitmentContext.get("hasCommitment"));
        assertEquals(FIELD_ID + ":customer", commitmentContext.get("customerInput"));
        assertEquals(false, etaContext.get("hasEta"));
        assertEquals(FIELD_ID + ":reason", etaContext.get("reasonInput"));
        assertEquals("", commitmentContext.get("issueId"));
    }

    @Test
    public void theEditContext_namesTheIssueItIsRenderedFor() throws Exception {
        Map<String, Object> context = commitment.getVelocityParameters(fake(Issue.class, Map.of("getId",
                arguments -> ISSUE_ID)), FIELD, null);

        RenderedHtml.assertPlainContext(context);
        assertEquals("10001", context.get("issueId"));
        assertEquals(FIELD_ID + ":issue", context.get("issueInput"));
        assertEquals(FIELD_ID + ":expectedDate", context.get("expectedDateInput"));
        assertEquals(FIELD_ID + ":expectedCustomer", context.get("expectedCustomerInput"));
    }

    @Test
    public void theViewContext_namesTheAddressesOurStoreKeepsInformed_forTheIssueShown() throws Exception {
        InMemoryCommitmentStore store = new InMemoryCommitmentStore();
        store.save(new StoredCommitment(IssueKey.parse("FO-1"), Commitment.of(LocalDate.of(2026, 12, 1), "Globex"),
                Optional.empty(), "sam", Instant.parse("2026-03-02T09:00:00Z"),
                InformedAddresses.parse(Optional.of("jan@globex.example"), Locale.ENGLISH)), Optional.empty());
        SalesCommitmentFieldType withValue = new SalesCommitmentFieldType(null, null, dutch, issues, MARCH_10,
                new InformedOfIssue(store), FieldFixtures.noEdits(MARCH_10)) {
            @Override
            public java.util.Date getValueFromIssue(CustomField field, Issue issue) {
                return stored("2026-12-01", "Globex");
            }
        };
        Function<String, Issue> issue = key -> fake(Issue.class, Map.of("getId", arguments -> ISSUE_ID,
                "getKey", arguments -> key));

        Map<String, Object> informed = withValue.getVelocityParameters(issue.apply("FO-1"), FIELD, null);
        Map<String, Object> nobody = withValue.getVelocityParameters(issue.apply("FO-2"), FIELD, null);

        RenderedHtml.assertPlainContext(informed);
        assertEquals(true, informed.get("hasInformed"));
        assertEquals(List.of("jan@globex.example"), informed.get("informed"));
        assertEquals(false, nobody.get("hasInformed"));
    }

    /**
     * Our edit form rendered for issue {@code renderedFor} over its commitment of 1 December to Globex, with a new
     * day and customer typed, as Jira validates it for issue {@code validatedFor}.
     */
    private static CustomFieldParams editedOn(long renderedFor, long validatedFor, String day, String customer) {
        return submitted(day, "customer", customer, "shown", "2026-12-01", "issue", String.valueOf(renderedFor),
                "expectedDate", "2026-12-01", "expectedCustomer", "Globex",
                CommitmentForm.JIRA_ISSUE_ID, String.valueOf(validatedFor));
    }

    private static CommitmentDate stored(String day, String customer) {
        return new CommitmentDate(LocalDate.parse(day), Optional.of(customer), Optional.empty(), FieldFixtures.DATES);
    }

    private static CustomFieldParams params(Map<String, List<String>> keysAndValues) {
        return fake(CustomFieldParams.class, Map.of("getKeysAndValues", arguments -> keysAndValues));
    }

    /** A submission of our edit form as Jira hands it on: the field's own key is null, empty inputs are dropped. */
    private static CustomFieldParams submitted(String main, String... keysAndValues) {
        Map<String, List<Object>> keysAndValuesMap = new HashMap<>();
        keysAndValuesMap.put(null, List.of(main));
        keysAndValuesMap.put("form", List.of("1"));
        for (int index = 0; index < keysAndValues.length; index += 2) {
            keysAndValuesMap.put(keysAndValues[index], List.of(keysAndValues[index + 1]));
        }
        return fake(CustomFieldParams.class, Map.of("getKeysAndValues", arguments -> keysAndValuesMap));
    }

    /** A value under the field's own key that is already a date, as Jira passes a default value or another date. */
    private static CustomFieldParams submitted(java.util.Date main) {
        Map<String, List<Object>> keysAndValuesMap = new HashMap<>();
        keysAndValuesMap.put(null, List.of(main));
        return fake(CustomFieldParams.class, Map.of("getKeysAndValues", arguments -> keysAndValuesMap));
    }

    private ErrorCollection errors() {
        return FieldFixtures.collectingInto(errors);
    }


    /** An instance of a Jira interface answering the named methods; any other call fails the test. */
    private static <T> T fake(Class<T> type, Map<String, Function<Object[], Object>> answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, arguments) -> {
            Function<Object[], Object> answer = answers.get(method.getName());
            if (answer == null) {
                throw new AssertionError("unexpected call of " + type.getSimpleName() + "#" + method.getName());
            }
            return answer.apply(arguments == null ? new Object[0] : arguments);
        }));
    }
}
