package io.promisedesk.language;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.work.StatusCategory;
import io.promisedesk.work.WorkItem;
import org.junit.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.promisedesk.fixtures.WorkItemBuilder.aResolvedIssue;
import static io.promisedesk.fixtures.WorkItemBuilder.anIssue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

public class StatusPhraseMappingTest {
    private final StatusPhraseMapping defaults = StatusPhraseMapping.defaults();

    @Test
    public void newCategory_mapsToNotStarted() {
        BusinessPhrase phrase = defaults.phraseFor("To Do", StatusCategory.NEW);

        assertEquals(BusinessPhrase.NOT_STARTED, phrase);
    }

    @Test
    public void inProgressCategory_mapsToBeingWorkedOn() {
        BusinessPhrase phrase = defaults.phraseFor("In Review", StatusCategory.IN_PROGRESS);

        assertEquals(BusinessPhrase.IN_PROGRESS, phrase);
    }

    @Test
    public void doneCategory_mapsToDone() {
        BusinessPhrase phrase = defaults.phraseFor("Closed", StatusCategory.DONE);

        assertEquals(BusinessPhrase.DONE, phrase);
    }

    @Test
    public void waitingForCustomerStatus_mapsToWaitingPhrase() {
        StatusPhraseMapping mapping = defaults.withOverride("Waiting for customer", BusinessPhrase.WAITING_FOR_CUSTOMER);

        BusinessPhrase phrase = mapping.phraseFor("Waiting for customer", StatusCategory.IN_PROGRESS);

        assertEquals(BusinessPhrase.WAITING_FOR_CUSTOMER, phrase);
    }

    @Test
    public void override_matchesStatusNamesIgnoringCaseAndSurroundingSpace() {
        StatusPhraseMapping mapping = defaults.withOverride("  Waiting for Customer ", BusinessPhrase.WAITING_FOR_CUSTOMER);

        BusinessPhrase phrase = mapping.phraseFor("WAITING FOR CUSTOMER\t", StatusCategory.IN_PROGRESS);

        assertEquals(BusinessPhrase.WAITING_FOR_CUSTOMER, phrase);
    }

    @Test
    public void override_leavesOtherStatusesToTheirCategory() {
        StatusPhraseMapping mapping = defaults.withOverride("Waiting for customer", BusinessPhrase.WAITING_FOR_CUSTOMER);

        BusinessPhrase phrase = mapping.phraseFor("Waiting for release", StatusCategory.IN_PROGRESS);

        assertEquals(BusinessPhrase.IN_PROGRESS, phrase);
    }

    @Test
    public void override_winsOverTheCategory() {
        StatusPhraseMapping mapping = defaults.withOverride("Ready for release", BusinessPhrase.DONE);

        BusinessPhrase phrase = mapping.phraseFor("Ready for release", StatusCategory.IN_PROGRESS);

        assertEquals(BusinessPhrase.DONE, phrase);
    }

    @Test
    public void withOverride_leavesTheOriginalMappingUnchanged() {
        StatusPhraseMapping original = defaults.withOverride("Blocked", BusinessPhrase.NOT_STARTED);

        original.withOverride("Waiting for customer", BusinessPhrase.WAITING_FOR_CUSTOMER);

        assertEquals(Map.of("Blocked", BusinessPhrase.NOT_STARTED), original.overrides());
    }

    @Test
    public void withOverride_ofTheSameStatusInOtherCase_replacesItAndKeepsTheNewSpelling() {
        StatusPhraseMapping mapping = defaults.withOverride("waiting for customer", BusinessPhrase.NOT_STARTED);

        StatusPhraseMapping changed = mapping.withOverride("Waiting for Customer", BusinessPhrase.WAITING_FOR_CUSTOMER);

        assertEquals(Map.of("Waiting for Customer", BusinessPhrase.WAITING_FOR_CUSTOMER), changed.overrides());
    }

    @Test
    public void withoutOverride_givesTheStatusBackToItsCategory() {
        StatusPhraseMapping mapping = defaults.withOverride("Waiting for customer", BusinessPhrase.WAITING_FOR_CUSTOMER);

        StatusPhraseMapping changed = mapping.withoutOverride(" waiting FOR customer ");

        assertEquals(BusinessPhrase.IN_PROGRESS, changed.phraseFor("Waiting for customer", StatusCategory.IN_PROGRESS));
        assertEquals(BusinessPhrase.WAITING_FOR_CUSTOMER,
                mapping.phraseFor("Waiting for customer", StatusCategory.IN_PROGRESS));
    }

    @Test
    public void withoutOverride_ofAStatusWithoutOne_returnsTheSameMapping() {
        StatusPhraseMapping mapping = defaults.withOverride("Blocked", BusinessPhrase.NOT_STARTED);

        StatusPhraseMapping changed = mapping.withoutOverride("Waiting for customer");

        assertSame(mapping, changed);
    }

    @Test
    public void overrides_listTheAdminsSpellingInAlphabeticalOrder() {
        StatusPhraseMapping mapping = defaults
                .withOverride("waiting for customer", BusinessPhrase.WAITING_FOR_CUSTOMER)
                .withOverride("Blocked", BusinessPhrase.NOT_STARTED)
                .withOverride("Ready for release", BusinessPhrase.DONE);

        Map<String, BusinessPhrase> overrides = mapping.overrides();

        Map<String, BusinessPhrase> expected = new LinkedHashMap<>();
        expected.put("Blocked", BusinessPhrase.NOT_STARTED);
        expected.put("Ready for release", BusinessPhrase.DONE);
        expected.put("waiting for customer", BusinessPhrase.WAITING_FOR_CUSTOMER);
        assertEquals(List.copyOf(expected.entrySet()), List.copyOf(overrides.entrySet()));
    }

    @Test
    public void mappingsWithTheSameOverrides_areEqual() {
        StatusPhraseMapping first = defaults.withOverride("Blocked", BusinessPhrase.NOT_STARTED)
                .withOverride("Waiting for customer", BusinessPhrase.WAITING_FOR_CUSTOMER);
        StatusPhraseMapping second = defaults.withOverride("Waiting for customer", BusinessPhrase.WAITING_FOR_CUSTOMER)
                .withOverride("Blocked", BusinessPhrase.NOT_STARTED);

        assertEquals(first, second);
        assertEquals(first.hashCode(), second.hashCode());
        assertNotEquals(defaults, first);
    }

    @Test
    public void blankStatusName_isRejected() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> defaults.withOverride("   ", BusinessPhrase.WAITING_FOR_CUSTOMER));

        assertEquals("status: must not be blank", error.getMessage());
        assertEquals("promisedesk.error.blank", error.i18nKey());
    }

    @Test
    public void blankStatusName_isRejectedWhenRemovingToo() {
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> defaults.withoutOverride(""));

        assertEquals("status: must not be blank", error.getMessage());
    }

    @Test
    public void missingStatusName_isRejected() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> defaults.withOverride(null, BusinessPhrase.DONE));

        assertEquals("status: is required", error.getMessage());
        assertEquals("promisedesk.error.required", error.i18nKey());
    }

    @Test
    public void missingPhrase_isRejected() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> defaults.withOverride("Blocked", null));

        assertEquals("phrase: is required", error.getMessage());
    }

    @Test
    public void issueWithoutStatusName_readsAsItsCategory() {
        StatusPhraseMapping mapping = defaults.withOverride("Blocked", BusinessPhrase.NOT_STARTED);

        BusinessPhrase phrase = mapping.phraseFor("", StatusCategory.IN_PROGRESS);

        assertEquals(BusinessPhrase.IN_PROGRESS, phrase);
    }

    @Test
    public void workItem_readsThroughItsStatusAndCategory() {
        StatusPhraseMapping mapping = defaults.withOverride("Waiting for customer", BusinessPhrase.WAITING_FOR_CUSTOMER);
        WorkItem waiting = anIssue("OPS-1").status("Waiting for customer").build();
        WorkItem resolved = aResolvedIssue("OPS-2").status("Closed").build();

        assertEquals(BusinessPhrase.WAITING_FOR_CUSTOMER, mapping.phraseFor(waiting));
        assertEquals(BusinessPhrase.DONE, mapping.phraseFor(resolved));
    }
}
