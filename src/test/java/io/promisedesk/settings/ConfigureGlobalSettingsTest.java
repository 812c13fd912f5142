package io.promisedesk.settings;

import io.promisedesk.commitment.AllowedEmailDomains;
import io.promisedesk.language.BusinessPhrase;
import io.promisedesk.language.Message;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.statuslink.StatusLinkPolicy;
import io.promisedesk.work.StatusCategory;

import org.junit.Test;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static io.promisedesk.settings.TeamForms.NAMES;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class ConfigureGlobalSettingsTest {
    private static final MessageRenderer ENGLISH = new MessageRenderer(Locale.ENGLISH);

    private final InMemoryGlobalSettingsStore store = new InMemoryGlobalSettingsStore();
    private final AtomicInteger changes = new AtomicInteger();
    private final ConfigureGlobalSettings settings = new ConfigureGlobalSettings(store, NAMES, changes::incrementAndGet);

    private static PhraseForm phrases(String version, String... statusAndPhrase) {
        List<String> statuses = new java.util.ArrayList<>();
        List<String> phrases = new java.util.ArrayList<>();
        for (int index = 0; index < statusAndPhrase.length; index += 2) {
            statuses.add(statusAndPhrase[index]);
            phrases.add(statusAndPhrase[index + 1]);
        }
        return new PhraseForm(statuses, phrases, version);
    }

    @Test
    public void beforeAnySave_theDefaultsAtVersionOne() {
        assertEquals(new Versioned<>(GlobalSettings.DEFAULTS, 1), settings.current());
    }

    @Test
    public void phrases_areSavedPerStatusName_emptyRowsIgnored_groupsKept() {
        settings.saveSalesGroups(new SalesGroupsForm("sales-emea", "1"));

        GlobalChange change = settings.savePhrases(phrases("2", " Waiting for parts ", "WAITING_FOR_CUSTOMER", "",
                "DONE", "In Review", "IN_PROGRESS"));

        GlobalSettings saved = ((GlobalChange.Saved) change).stored().value();
        assertEquals(BusinessPhrase.WAITING_FOR_CUSTOMER, saved.phrases().phraseFor("waiting for parts", StatusCategory.IN_PROGRESS));
        assertEquals(Map.of("In Review", BusinessPhrase.IN_PROGRESS, "Waiting for parts", BusinessPhrase.WAITING_FOR_CUSTOMER),
                saved.phrases().overrides());
        assertEquals(Set.of("sales-emea"), saved.salesGroups());
        assertEquals(3, store.load().version());
        assertEquals(2, changes.get());
        assertEquals(List.of("In Review", "Waiting for parts"), PhraseForm.of(store.load()).statuses());
    }

    @Test
    public void aStatusTwiceOrAnUnknownPhrase_isRefusedOnItsRow_andNothingSaved() {
        GlobalChange change = settings.savePhrases(phrases("1", "Blocked", "WAITING_FOR_CUSTOMER", "blocked ", "DONE",
                "Review", "SOMETIMES"));

        FormErrors errors = ((GlobalChange.Refused) change).errors();
        assertEquals(Set.of("status.1", "phrase.2"), errors.byField().keySet());
        assertEquals("Status blocked is in the list twice; name each status once.",
                ENGLISH.render(errors.byField().get("status.1")));
        assertEquals("\"SOMETIMES\" is not a phrase; choose one from the list.",
                ENGLISH.render(errors.byField().get("phrase.2")));
        assertEquals(1, store.load().version());
        assertEquals(0, changes.get());
    }

    @Test
    public void unknownSalesGroup_isRefused_knownOnesSaved() {
        GlobalChange refused = settings.saveSalesGroups(new SalesGroupsForm("sales-emea\nsales-mars", "1"));
        GlobalChange saved = settings.saveSalesGroups(new SalesGroupsForm("sales-emea\n\n", "1"));

        assertEquals("Jira has no group \"sales-mars\".",
                ENGLISH.render(((GlobalChange.Refused) refused).errors().byField().get(SalesGroupsForm.GROUPS)));
        assertEquals(Set.of("sales-emea"), ((GlobalChange.Saved) saved).stored().value().salesGroups());
    }

    @Test
    public void secondWriter_getsAConflictWithTheNewerSettings() {
        assertTrue(settings.saveSalesGroups(new SalesGroupsForm("sales-emea", "1")) instanceof GlobalChange.Saved);

        GlobalChange conflict = settings.savePhrases(phrases("1", "Blocked", "WAITING_FOR_CUSTOMER"));

        assertEquals(store.load(), ((GlobalChange.Conflict) conflict).current());
        assertEquals(Set.of("sales-emea"), store.load().value().salesGroups());
        assertTrue(store.load().value().phrases().overrides().isEmpty());
        assertEquals(Set.of(FormErrors.FORM), ((GlobalChange.Refused) settings.savePhrases(phrases("", "A", "DONE")))
                .errors().byField().keySet());
    }

    @Test
    public void store_refusesAStaleVersion_evenWhenTheServiceReadAFreshOne() {
        assertTrue(store.save(GlobalSettings.DEFAULTS, 1) instanceof StoreOutcome.Done);
        assertEquals(store.load(), ((StoreOutcome.Conflict<GlobalSettings>) store.save(GlobalSettings.DEFAULTS, 1)).current());
    }

    @Test
    public void savingBoth_storesThemInOneVersion_orRefusesEveryErrorOfBoth_savingNothing() {
        GlobalChange refused = settings.save(phrases("1", "Blocked", "STUCK"), new SalesGroupsForm("sales-mars", "1"),
                Optional.empty());
        GlobalChange stale = settings.save(phrases("2"), new SalesGroupsForm("", "2"), Optional.empty());
        GlobalChange mixed = settings.save(phrases("1"), new SalesGroupsForm("", "2"), Optional.empty());

        assertEquals(List.of("phrase.0", SalesGroupsForm.GROUPS),
                List.copyOf(((GlobalChange.Refused) refused).errors().byField().keySet()));
        assertTrue(stale instanceof GlobalChange.Conflict);
        assertTrue(mixed instanceof GlobalChange.Refused);
        assertEquals(1, store.load().version());

        GlobalChange saved = settings.save(phrases("1", "Blocked", "WAITING_FOR_CUSTOMER"),
                new SalesGroupsForm("sales-emea", "1"), Optional.empty());

        assertEquals(2, ((GlobalChange.Saved) saved).stored().version());
        assertEquals(Set.of("sales-emea"), store.load().value().salesGroups());
        assertEquals(Map.of("Blocked", BusinessPhrase.WAITING_FOR_CUSTOMER), store.load().value().phrases().overrides());
        assertEquals(1, changes.get());
    }

    @Test
    public void policies_areSaved_leavingPhrasesAndGroupsAsStored() {
        settings.saveSalesGroups(new SalesGroupsForm("sales-emea", "1"));

        GlobalChange change = settings.savePolicies(new PoliciesForm(" 25 ", false, "14",
                "Example.COM, @example.org\n\n", "2"));

        GlobalSettings saved = ((GlobalChange.Saved) change).stored().value();
        assertEquals(Duration.ofMinutes(25), saved.snapshotWaitBound());
        assertEquals(new StatusLinkPolicy(false, 14), saved.statusLinks());
        assertEquals(Set.of("example.com", "example.org"), saved.allowedEmailDomains().domains());
        assertEquals(Set.of("sales-emea"), saved.salesGroups());
        assertEquals(new PoliciesForm("25", false, "14", "example.com\nexample.org", "3"),
                PoliciesForm.of(store.load()));
        assertEquals(2, changes.get());
    }

    @Test
    public void wrongPolicies_areRefusedEachOnItsField_withTheRange_andNothingSaved() {
        GlobalChange change = settings.savePolicies(new PoliciesForm("0", true, "366", "example.com\nnot a domain", "1"));

        Map<String, Message> errors = ((GlobalChange.Refused) change).errors().byField();
        assertEquals(List.of(PoliciesForm.WAIT, PoliciesForm.LINK_DAYS, PoliciesForm.DOMAINS), List.copyOf(errors.keySet()));
        assertEquals("Enter a whole number of minutes from 1 to 1,440.", ENGLISH.render(errors.get(PoliciesForm.WAIT)));
        assertEquals("Enter a whole number of days from 1 to 365.", ENGLISH.render(errors.get(PoliciesForm.LINK_DAYS)));
        assertEquals("\"not\" is not a domain name; write domains such as example.com.",
                ENGLISH.render(errors.get(PoliciesForm.DOMAINS)));
        assertEquals(1, store.load().version());
        assertEquals(0, changes.get());
    }

    @Test
    public void policyNumbers_thatAreNoWholeNumbers_orMissing_areRefused() {
        for (String typed : List.of("", "ten", "1.5", "-3", "\u0661\u0660", "99999999999999999999")) {
            GlobalChange change = settings.savePolicies(new PoliciesForm(typed, true, typed, "", "1"));

            assertEquals(typed, Set.of(PoliciesForm.WAIT, PoliciesForm.LINK_DAYS),
                    ((GlobalChange.Refused) change).errors().byField().keySet());
        }
        assertEquals(1, store.load().version());
    }

    @Test
    public void tooManyDomains_orHiddenCharacters_areRefused() {
        StringBuilder many = new StringBuilder();
        for (int index = 0; index <= AllowedEmailDomains.MAX_DOMAINS; index++) {
            many.append("d").append(index).append(".example.com\n");
        }

        GlobalChange tooMany = settings.savePolicies(new PoliciesForm("10", true, "90", many.toString(), "1"));
        GlobalChange hidden = settings.savePolicies(new PoliciesForm("10", true, "90", "exa\u202emple.com", "1"));

        assertEquals("Name at most 100 domains.", ENGLISH.render(((GlobalChange.Refused) tooMany).errors().byField()
                .get(PoliciesForm.DOMAINS)));
        assertTrue(((GlobalChange.Refused) hidden).errors().byField().containsKey(PoliciesForm.DOMAINS));
    }

    @Test
    public void policiesOverAStaleVersion_areAConflict_andATamperedVersionIsRefused() {
        settings.saveSalesGroups(new SalesGroupsForm("sales-emea", "1"));

        assertTrue(settings.savePolicies(new PoliciesForm("10", true, "90", "", "1")) instanceof GlobalChange.Conflict);
        assertTrue(settings.savePolicies(new PoliciesForm("10", true, "90", "", "x")) instanceof GlobalChange.Refused);
        assertEquals(GlobalSettings.DEFAULT_WAIT, store.load().value().snapshotWaitBound());
    }

    @Test
    public void savingEverything_withPolicies_refusesTheirErrorsWithTheOthers_andOmittedPoliciesStayAsStored() {
        settings.savePolicies(new PoliciesForm("20", false, "7", "example.com", "1"));

        GlobalChange refused = settings.save(phrases("2", "Blocked", "STUCK"), new SalesGroupsForm("", "2"),
                Optional.of(new PoliciesForm("0", true, "7", "", "2")));
        GlobalChange kept = settings.save(phrases("2"), new SalesGroupsForm("sales-emea", "2"), Optional.empty());

        assertEquals(List.of("phrase.0", PoliciesForm.WAIT),
                List.copyOf(((GlobalChange.Refused) refused).errors().byField().keySet()));
        GlobalSettings stored = ((GlobalChange.Saved) kept).stored().value();
        assertEquals(Duration.ofMinutes(20), stored.snapshotWaitBound());
        assertEquals(Set.of("example.com"), stored.allowedEmailDomains().domains());
        assertEquals(Set.of("sales-emea"), stored.salesGroups());
    }
}
