package io.promisedesk.jira.store;

import io.promisedesk.settings.GlobalSettings;
import io.promisedesk.settings.GlobalSettingsStore;
import io.promisedesk.settings.GlobalSettingsStoreContract;
import io.promisedesk.settings.StoreOutcome;
import io.promisedesk.settings.Versioned;
import org.junit.Test;

import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/** The Active Objects global settings store keeps the store contract; a save is all or nothing. */
public class AoGlobalSettingsStoreTest extends GlobalSettingsStoreContract {
    private final FakeActiveObjects ao = new FakeActiveObjects();

    @Override
    protected GlobalSettingsStore newStore() {
        return new AoGlobalSettingsStore(ao.jira());
    }

    @Test
    public void aFailureHalfwayThroughASave_leavesTheSettingsAsTheyWere() {
        store.save(salesAndReview(), 1);
        ao.failNextCreateOf(SalesGroupEntity.class);

        assertThrows(FakeActiveObjects.FakeSqlException.class, () -> store.save(onlyBlocked(), 2));

        assertEquals(new Versioned<>(salesAndReview(), 2), store.load());
    }

    @Test
    public void anotherNodeSavingFirstForTheFirstTime_isAConflictWithTheirs() {
        ao.interruptNextWriteTo(GlobalSettingsEntity.class, () -> ao.committedInsert(GlobalSettingsEntity.class,
                Map.of(GlobalSettingsEntity.SETTINGS_SCOPE, "global", GlobalSettingsEntity.SETTINGS_VERSION, 2L)));

        StoreOutcome<GlobalSettings> outcome = store.save(onlyBlocked(), 1);

        assertEquals(new StoreOutcome.Conflict<>(new Versioned<>(GlobalSettings.DEFAULTS, 2)), outcome);
    }

    @Test
    public void aRowSavedBeforeThePoliciesExisted_readsAsTheDefaultPolicies() {
        ao.committedInsert(GlobalSettingsEntity.class,
                Map.of(GlobalSettingsEntity.SETTINGS_SCOPE, "global", GlobalSettingsEntity.SETTINGS_VERSION, 4L));
        ao.committedInsert(SalesGroupEntity.class, Map.of(SalesGroupEntity.GROUP_NAME, "sales-emea"));

        GlobalSettings read = store.load().value();

        assertEquals(GlobalSettings.DEFAULTS.withSalesGroups(java.util.Set.of("sales-emea")), read);
        assertEquals(4, store.load().version());
    }
}
