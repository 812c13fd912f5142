package io.promisedesk.settings;

/**
 * The port that keeps the {@link GlobalSettings} under a version, as {@link TeamSettingsStore} keeps teams. In
 * Jira: Active Objects.
 */
public interface GlobalSettingsStore {

    /** The stored settings; {@link GlobalSettings#DEFAULTS} at version 1 before anything was saved. */
    Versioned<GlobalSettings> load();

    /** Saves over {@code expectedVersion}; {@code Conflict} with the stored settings when someone saved since. */
    StoreOutcome<GlobalSettings> save(GlobalSettings settings, long expectedVersion);
}
