package io.promisedesk.workbench;

import io.promisedesk.settings.ConfigureGlobalSettings;
import io.promisedesk.settings.ConfigureTeams;
import io.promisedesk.settings.InMemoryGlobalSettingsStore;
import io.promisedesk.settings.InMemoryJiraDirectoryNames;
import io.promisedesk.settings.InMemoryTeamSettingsStore;
import io.promisedesk.settings.TeamScope;
import io.promisedesk.settings.TeamSettings;
import io.promisedesk.settings.TeamSettingsListener;
import io.promisedesk.team.Team;
import io.promisedesk.team.TeamKey;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The admin's settings services on in-memory stores, one set per world, shared by the admin pages and the REST
 * resources, so a team saved through either shows in both and in the panels.
 *
 * <p>The store starts with the scenario's teams at version 1, each scoped to the projects of its issues and a group
 * named after it. A save also puts the team into the world's team directory (its issues stay assigned as the
 * scenario gave them) and forgets every snapshot; a delete leaves its issues with no team.
 */
final class WorkbenchSettings {
    /** Jira's usual groups, the sales groups of the demo and each team's technicians. */
    private static final List<String> GROUPS = List.of("jira-administrators", "jira-software-users", "sales-emea",
            "sales-americas");

    private final InMemoryTeamSettingsStore teams = new InMemoryTeamSettingsStore();
    private final ConfigureTeams configureTeams;
    private final ConfigureGlobalSettings configureGlobal;

    WorkbenchSettings(WorkbenchWorld world) {
        Set<String> groups = new LinkedHashSet<>(GROUPS);
        for (Team team : world.teams()) {
            String group = team.key().value() + "-technicians";
            groups.add(group);
            teams.create(new TeamSettings(team, new TeamScope(Optional.of(group), world.projectsOf(team.key()),
                    Optional.empty())));
        }
        InMemoryJiraDirectoryNames names = new InMemoryJiraDirectoryNames(groups, world.projects());
        this.configureTeams = new ConfigureTeams(teams, names, new TeamSettingsListener() {
            @Override
            public void saved(TeamSettings settings) {
                world.putTeam(settings.team(), settings.scope().projects());
            }

            @Override
            public void deleted(TeamKey key) {
                world.removeTeam(key);
            }
        });
        // Nothing in the workbench reads the global settings yet but the admin pages; a save needs no one told.
        this.configureGlobal = new ConfigureGlobalSettings(new InMemoryGlobalSettingsStore(), names, () -> { });
    }

    InMemoryTeamSettingsStore teams() {
        return teams;
    }

    ConfigureTeams configureTeams() {
        return configureTeams;
    }

    ConfigureGlobalSettings configureGlobal() {
        return configureGlobal;
    }
}
