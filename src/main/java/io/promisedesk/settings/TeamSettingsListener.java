package io.promisedesk.settings;

import io.promisedesk.team.TeamKey;

/**
 * Told after a team's settings were stored or deleted, so that what is derived from them is computed again: in Jira
 * {@code TeamSnapshots#settingsChanged}, in the workbench also its in-memory team directory.
 */
public interface TeamSettingsListener {

    void saved(TeamSettings settings);

    void deleted(TeamKey key);
}
