package io.promisedesk.settings;

import io.promisedesk.language.BusinessPhrase;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.work.StatusCategory;

import org.junit.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        GlobalChange refused = settings.save(phrases("1", "Blocked", "STUCK"), new SalesGroupsForm("sales-mars", "1"));
        GlobalChange stale = settings.save(phrases("2"), new SalesGroupsForm("", "2"));
        GlobalChange mixed = settings.save(phrases("1"), new SalesGroupsForm("", "2"));

        assertEquals(List.of("phrase.0", SalesGroupsForm.GROUPS),
                List.copyOf(((GlobalChange.Refused) refused).errors().byField().keySet()));
        assertTrue(stale instanceof GlobalChange.Conflict);
        assertTrue(mixed instanceof GlobalChange.Refused);
        assertEquals(1, store.load().version());

        GlobalChange saved = settings.save(phrases("1", "Blocked", "WAITING_FOR_CUSTOMER"),
                new SalesGroupsForm("sales-emea", "1"));

        assertEquals(2, ((GlobalChange.Saved) saved).stored().version());
        assertEquals(Set.of("sales-emea"), store.load().value().salesGroups());
        assertEquals(Map.of("Blocked", BusinessPhrase.WAITING_FOR_CUSTOMER), store.load().value().phrases().overrides());
        assertEquals(1, changes.get());
    }
}
