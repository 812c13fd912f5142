package io.promisedesk.health;

import io.promisedesk.settings.InMemoryTeamSettingsStore;
import io.promisedesk.settings.TeamScope;
import io.promisedesk.settings.TeamSettings;

import java.util.Optional;
import java.util.Set;

import static io.promisedesk.fixtures.TeamBuilder.aTeam;

/** Configured teams for the checks' tests: a key, a name, projects and an optional JQL filter. */
final class HealthTeams {
    private HealthTeams() {
    }

    static TeamSettings team(String key, String name, Set<String> projects, String jql) {
        return new TeamSettings(aTeam().key(key).name(name).withMember("ann", 40).build(),
                new TeamScope(Optional.empty(), projects, jql.isEmpty() ? Optional.empty() : Optional.of(jql)));
    }

    static InMemoryTeamSettingsStore store(TeamSettings... teams) {
        InMemoryTeamSettingsStore store = new InMemoryTeamSettingsStore();
        for (TeamSettings team : teams) {
            store.create(team);
        }
        return store;
    }
}
