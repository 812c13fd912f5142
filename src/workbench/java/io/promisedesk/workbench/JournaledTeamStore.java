package io.promisedesk.workbench;

import io.promisedesk.settings.StoreOutcome;
import io.promisedesk.settings.TeamForm;
import io.promisedesk.settings.TeamSettings;
import io.promisedesk.settings.TeamSettingsListener;
import io.promisedesk.settings.TeamSettingsStore;
import io.promisedesk.settings.Versioned;
import io.promisedesk.team.TeamKey;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The team store as the settings REST resource writes it in the workbench: each write is made under the world's lock
 * and, once done, told to the world and journaled as the admin form that makes it again, so that a data directory
 * keeps a team saved over REST as it keeps one saved with the form.
 *
 * <p>The resource's {@code ConfigureTeams} checks the JSON's form and calls this store; a done write carries the
 * settings stored, whose form ({@link TeamForm#of(Versioned)}) the replay checks and saves again through
 * {@link WorkbenchSettings}. The world is told here rather than by that service's listener, within the same lock,
 * so that two writes reach the store, the world and the journal in one order.
 */
final class JournaledTeamStore implements TeamSettingsStore {
    private final WorkbenchWorld world;
    private final TeamSettingsStore teams;
    private final TeamSettingsListener listener;

    JournaledTeamStore(WorkbenchWorld world, TeamSettingsStore teams, TeamSettingsListener listener) {
        this.world = world;
        this.teams = teams;
        this.listener = listener;
    }

    @Override
    public List<Versioned<TeamSettings>> all() {
        return teams.all();
    }

    @Override
    public Optional<Versioned<TeamSettings>> find(TeamKey key) {
        return teams.find(key);
    }

    @Override
    public StoreOutcome<TeamSettings> create(TeamSettings settings) {
        return saved(() -> teams.create(settings), stored -> new JournalEntry.TeamCreated(TeamForm.of(stored)));
    }

    @Override
    public StoreOutcome<TeamSettings> update(TeamSettings settings, long expectedVersion) {
        return saved(() -> teams.update(settings, expectedVersion), stored -> new JournalEntry.TeamUpdated(
                settings.key(), TeamForm.of(stored).withVersion(expectedVersion)));
    }

    @Override
    public StoreOutcome<TeamSettings> delete(TeamKey key, long expectedVersion) {
        return world.locked(() -> {
            StoreOutcome<TeamSettings> outcome = teams.delete(key, expectedVersion);
            if (outcome instanceof StoreOutcome.Done<TeamSettings>) {
                listener.deleted(key);
                world.journal(new JournalEntry.TeamDeleted(key, expectedVersion));
            }
            return outcome;
        });
    }

    private StoreOutcome<TeamSettings> saved(Supplier<StoreOutcome<TeamSettings>> write,
                                             Function<Versioned<TeamSettings>, JournalEntry> entry) {
        return world.locked(() -> {
            StoreOutcome<TeamSettings> outcome = write.get();
            if (outcome instanceof StoreOutcome.Done<TeamSettings> done) {
                listener.saved(done.stored().value());
                world.journal(entry.apply(done.stored()));
            }
            return outcome;
        });
    }
}
