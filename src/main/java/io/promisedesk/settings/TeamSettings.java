package io.promisedesk.settings;

import io.promisedesk.common.Require;
import io.promisedesk.team.Team;
import io.promisedesk.team.TeamKey;

/** One configured team as an admin edits it: its capacity calendar and thresholds, and its scope in Jira. */
public record TeamSettings(Team team, TeamScope scope) {
    public TeamSettings {
        Require.present(team, "team");
        Require.present(scope, "scope");
    }

    public TeamKey key() {
        return team.key();
    }
}
