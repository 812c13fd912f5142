package io.promisedesk.settings;

import io.promisedesk.common.Require;

/** Keeps the global settings in memory for tests and the workbench; a save is checked and done under one lock. */
public final class InMemoryGlobalSettingsStore implements GlobalSettingsStore {
    private final Object lock = new Object();
    private Versioned<GlobalSettings> current = new Versioned<>(GlobalSettings.DEFAULTS, 1);

    @Override
    public Versioned<GlobalSettings> load() {
        synchronized (lock) {
            return current;
        }
    }

    @Override
    public StoreOutcome<GlobalSettings> save(GlobalSettings settings, long expectedVersion) {
        Require.present(settings, "settings");
        synchronized (lock) {
            if (current.version() != expectedVersion) {
                return new StoreOutcome.Conflict<>(current);
            }
            current = new Versioned<>(settings, current.version() + 1);
            return new StoreOutcome.Done<>(current);
        }
    }
}
