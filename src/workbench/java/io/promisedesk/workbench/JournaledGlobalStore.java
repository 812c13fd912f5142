package io.promisedesk.workbench;

import io.promisedesk.settings.GlobalSettings;
import io.promisedesk.settings.GlobalSettingsStore;
import io.promisedesk.settings.PhraseForm;
import io.promisedesk.settings.PoliciesForm;
import io.promisedesk.settings.SalesGroupsForm;
import io.promisedesk.settings.StoreOutcome;
import io.promisedesk.settings.Versioned;

import java.util.Optional;

/**
 * The global settings store as the settings REST resource writes it in the workbench: each save is made under the
 * world's lock and, once done, journaled as the phrase, sales group and policies forms that save them all again over the same
 * version, so that a data directory keeps settings saved over REST as it keeps those saved with the admin forms.
 */
final class JournaledGlobalStore implements GlobalSettingsStore {
    private final WorkbenchWorld world;
    private final GlobalSettingsStore global;

    JournaledGlobalStore(WorkbenchWorld world, GlobalSettingsStore global) {
        this.world = world;
        this.global = global;
    }

    @Override
    public Versioned<GlobalSettings> load() {
        return global.load();
    }

    @Override
    public StoreOutcome<GlobalSettings> save(GlobalSettings settings, long expectedVersion) {
        return world.locked(() -> {
            StoreOutcome<GlobalSettings> outcome = global.save(settings, expectedVersion);
            if (outcome instanceof StoreOutcome.Done<GlobalSettings> done) {
                world.journal(new JournalEntry.GlobalSettingsSaved(
                        PhraseForm.of(done.stored()).withVersion(expectedVersion),
                        SalesGroupsForm.of(done.stored()).withVersion(expectedVersion),
                        Optional.of(PoliciesForm.of(done.stored()).withVersion(expectedVersion))));
            }
            return outcome;
        });
    }
}
