package io.promisedesk.settings;

import io.promisedesk.common.Require;
import io.promisedesk.team.TeamKey;
import io.promisedesk.workload.TeamSnapshots;

/**
 * Forgets every team's workload snapshot after an admin saved or deleted a team, or saved the global settings, so
 * that the next request computes it with what was saved.
 */
public final class SnapshotsOnSettingsChange implements TeamSettingsListener, Runnable {
    private final TeamSnapshots snapshots;

    public SnapshotsOnSettingsChange(TeamSnapshots snapshots) {
        this.snapshots = Require.present(snapshots, "snapshots");
    }

    @Override
    public void saved(TeamSettings settings) {
        snapshots.settingsChanged();
    }

    @Override
    public void deleted(TeamKey key) {
        snapshots.settingsChanged();
    }

    /**
     * A global save: snapshots hold no phrase or sales group today (both are read on each request), but a save is
     * rare and recomputing cheap, so no snapshot can outlive a settings change whatever it comes to hold.
     */
    @Override
    public void run() {
        snapshots.settingsChanged();
    }
}
