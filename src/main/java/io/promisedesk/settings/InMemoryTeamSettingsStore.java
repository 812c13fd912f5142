package io.promisedesk.settings;

import io.promisedesk.common.Require;
import io.promisedesk.team.TeamKey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Keeps configured teams in memory for tests and the workbench; every write is checked and done under one lock. */
public final class InMemoryTeamSettingsStore implements TeamSettingsStore {
    private final Object lock = new Object();
    private final Map<TeamKey, Versioned<TeamSettings>> teams = new LinkedHashMap<>();

    @Override
    public List<Versioned<TeamSettings>> all() {
        synchronized (lock) {
            return List.copyOf(teams.values());
        }
    }

    @Override
    public Optional<Versioned<TeamSettings>> find(TeamKey key) {
        Require.present(key, "key");
        synchronized (lock) {
            return Optional.ofNullable(teams.get(key));
        }
    }

    @Override
    public StoreOutcome<TeamSettings> create(TeamSettings settings) {
        Require.present(settings, "settings");
        synchronized (lock) {
            Versioned<TeamSettings> taken = teams.get(settings.key());
            if (taken != null) {
                return new StoreOutcome.Conflict<>(taken);
            }
            Versioned<TeamSettings> stored = new Versioned<>(settings, 1);
            teams.put(settings.key(), stored);
            return new StoreOutcome.Done<>(stored);
        }
    }

    @Override
    public StoreOutcome<TeamSettings> update(TeamSettings settings, long expectedVersion) {
        Require.present(settings, "settings");
        synchronized (lock) {
            Versioned<TeamSettings> current = teams.get(settings.key());
            if (current == null) {
                return new StoreOutcome.Missing<>();
            }
            if (current.version() != expectedVersion) {
                return new StoreOutcome.Conflict<>(current);
            }
            Versioned<TeamSettings> stored = new Versioned<>(settings, current.version() + 1);
            teams.put(settings.key(), stored);
            return new StoreOutcome.Done<>(stored);
        }
    }

    @Override
    public StoreOutcome<TeamSettings> delete(TeamKey key, long expectedVersion) {
        Require.present(key, "key");
        synchronized (lock) {
            Versioned<TeamSettings> current = teams.get(key);
            if (current == null) {
                return new StoreOutcome.Missing<>();
            }
            if (current.version() != expectedVersion) {
                return new StoreOutcome.Conflict<>(current);
            }
            teams.remove(key);
            return new StoreOutcome.Done<>(current);
        }
    }
}
