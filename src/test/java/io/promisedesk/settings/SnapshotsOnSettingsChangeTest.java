package io.promisedesk.settings;

import io.promisedesk.fixtures.WorkloadWorld;
import org.junit.Test;

import static io.promisedesk.fixtures.WorkloadWorld.NETWORK;
import static io.promisedesk.fixtures.WorkloadWorld.PLATFORM;
import static io.promisedesk.settings.TeamForms.NAMES;
import static io.promisedesk.settings.TeamForms.valid;
import static io.promisedesk.settings.TeamForms.with;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** The admin's saves, through the settings services as Jira wires them, make every team's snapshot be computed again. */
public class SnapshotsOnSettingsChangeTest {
    private final WorkloadWorld world = new WorkloadWorld();
    private final SnapshotsOnSettingsChange changes = new SnapshotsOnSettingsChange(world.snapshots);
    private final ConfigureTeams teams = new ConfigureTeams(new InMemoryTeamSettingsStore(), NAMES, changes);
    private final ConfigureGlobalSettings global = new ConfigureGlobalSettings(new InMemoryGlobalSettingsStore(), NAMES,
            changes);

    @Test
    public void aSavedTeam_forgetsTheSnapshotsOfEveryTeam() {
        assess();

        assertTrue(teams.create(valid()) instanceof TeamChange.Saved);
        assess();

        assertEquals(2, world.reads.readsOf(PLATFORM));
        assertEquals(2, world.reads.readsOf(NETWORK));
    }

    @Test
    public void aDeletedTeam_forgetsTheSnapshotsOfEveryTeam() {
        TeamChange.Saved saved = (TeamChange.Saved) teams.create(valid());
        assess();

        assertTrue(teams.delete(saved.stored().value().key(), saved.stored().version(), true)
                instanceof TeamChange.Deleted);
        assess();

        assertEquals(2, world.reads.readsOf(PLATFORM));
    }

    @Test
    public void savedGlobalSettings_forgetTheSnapshotsToo() {
        assess();

        assertTrue(global.saveSalesGroups(new SalesGroupsForm("sales-emea", "1")) instanceof GlobalChange.Saved);
        assess();

        assertEquals(2, world.reads.readsOf(PLATFORM));
    }

    @Test
    public void aRefusedSave_keepsTheSnapshots() {
        assess();

        assertTrue(teams.create(with(TeamForm.WARN, "11")) instanceof TeamChange.Refused);
        assertTrue(global.saveSalesGroups(new SalesGroupsForm("no-such-group", "1")) instanceof GlobalChange.Refused);
        assess();

        assertEquals(1, world.reads.readsOf(PLATFORM));
        assertEquals(1, world.reads.readsOf(NETWORK));
    }

    @Test
    public void theSnapshots_areRequired() {
        assertThrows(IllegalArgumentException.class, () -> new SnapshotsOnSettingsChange(null));
    }

    private void assess() {
        world.snapshots.current(PLATFORM).orElseThrow();
        world.snapshots.current(NETWORK).orElseThrow();
    }
}
