package io.promisedesk.settings;

import io.promisedesk.commitment.AllowedEmailDomains;
import io.promisedesk.language.BusinessPhrase;
import io.promisedesk.language.StatusPhraseMapping;
import io.promisedesk.statuslink.StatusLinkPolicy;
import org.junit.Before;
import org.junit.Test;

import java.time.Duration;
import java.util.Set;

import static org.junit.Assert.assertEquals;

/** What every {@link GlobalSettingsStore} does, whatever keeps the settings: run against each implementation. */
public abstract class GlobalSettingsStoreContract {
    protected GlobalSettingsStore store;

    protected abstract GlobalSettingsStore newStore();

    @Before
    public void createStore() {
        store = newStore();
    }

    protected static GlobalSettings salesAndReview() {
        return GlobalSettings.of(StatusPhraseMapping.defaults()
                .withOverride("Waiting for Customer", BusinessPhrase.WAITING_FOR_CUSTOMER)
                .withOverride("In Review", BusinessPhrase.IN_PROGRESS),
                Set.of("sales-emea", "sales-us"));
    }

    protected static GlobalSettings onlyBlocked() {
        return GlobalSettings.of(StatusPhraseMapping.defaults().withOverride("Blocked", BusinessPhrase.NOT_STARTED),
                Set.of("sales-emea"));
    }

    @Test
    public void nothingSaved_isTheDefaultsAtVersionOne() {
        assertEquals(new Versioned<>(GlobalSettings.DEFAULTS, 1), store.load());
    }

    @Test
    public void firstSave_overTheDefaults_isTheNextVersion() {
        StoreOutcome<GlobalSettings> outcome = store.save(salesAndReview(), 1);

        assertEquals(new StoreOutcome.Done<>(new Versioned<>(salesAndReview(), 2)), outcome);
        assertEquals(new Versioned<>(salesAndReview(), 2), store.load());
    }

    @Test
    public void laterSave_replacesOverridesAndGroupsWhole() {
        store.save(salesAndReview(), 1);

        store.save(onlyBlocked(), 2);

        assertEquals(new Versioned<>(onlyBlocked(), 3), store.load());
    }

    @Test
    public void secondAdminSavingTheVersionBothRead_getsAConflictWithTheFirstOnesSave() {
        store.save(salesAndReview(), 1);

        StoreOutcome<GlobalSettings> outcome = store.save(onlyBlocked(), 1);

        assertEquals(new StoreOutcome.Conflict<>(new Versioned<>(salesAndReview(), 2)), outcome);
        assertEquals(new Versioned<>(salesAndReview(), 2), store.load());
    }

    @Test
    public void saveOfAVersionNeverStored_isAConflict() {
        StoreOutcome<GlobalSettings> outcome = store.save(onlyBlocked(), 5);

        assertEquals(new StoreOutcome.Conflict<>(new Versioned<>(GlobalSettings.DEFAULTS, 1)), outcome);
    }

    @Test
    public void thePolicies_areKept_andReplacedWhole() {
        GlobalSettings withPolicies = salesAndReview().withPoliciesOf(new GlobalSettings(StatusPhraseMapping.defaults(),
                Set.of(), Duration.ofMinutes(45), new StatusLinkPolicy(false, 7),
                new AllowedEmailDomains(Set.of("example.com", "eu.example.org"))));

        store.save(withPolicies, 1);
        assertEquals(new Versioned<>(withPolicies, 2), store.load());

        store.save(onlyBlocked(), 2);
        assertEquals(new Versioned<>(onlyBlocked(), 3), store.load());
    }
}
