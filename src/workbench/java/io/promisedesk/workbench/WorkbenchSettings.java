package io.promisedesk.workbench;

import io.promisedesk.settings.ConfigureGlobalSettings;
import io.promisedesk.settings.ConfigureTeams;
import io.promisedesk.settings.GlobalChange;
import io.promisedesk.settings.GlobalSettings;
import io.promisedesk.settings.GlobalSettingsStore;
import io.promisedesk.settings.InMemoryGlobalSettingsStore;
import io.promisedesk.settings.InMemoryJiraDirectoryNames;
import io.promisedesk.settings.InMemoryTeamSettingsStore;
import io.promisedesk.settings.PhraseForm;
import io.promisedesk.settings.PoliciesForm;
import io.promisedesk.settings.SalesGroupsForm;
import io.promisedesk.settings.TeamChange;
import io.promisedesk.settings.TeamForm;
import io.promisedesk.settings.TeamScope;
import io.promisedesk.settings.TeamSettings;
import io.promisedesk.settings.TeamSettingsListener;
import io.promisedesk.settings.TeamSettingsStore;
import io.promisedesk.settings.Versioned;
import io.promisedesk.team.Team;
import io.promisedesk.team.TeamKey;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The admin's settings in the workbench: the plugin's settings services on in-memory stores, each save made under
 * the world's lock and journaled when accepted, so that a data directory replays them in the order they were made;
 * the admin pages' and the settings REST resources' saves alike.
 *
 * <p>The team store starts with the scenario's teams at version 1, each scoped to the projects of its issues and a
 * group named after it. A saved team goes into the world's team directory, a deleted one out of it.
 */
final class WorkbenchSettings {
    /** Jira's usual groups and the sales groups of the demo; each team's technicians are added. */
    private static final List<String> GROUPS = List.of("jira-administrators", "jira-software-users", "sales-emea",
            "sales-americas");

    private final WorkbenchWorld world;
    private final InMemoryTeamSettingsStore teams = new InMemoryTeamSettingsStore();
    private final InMemoryGlobalSettingsStore global = new InMemoryGlobalSettingsStore();
    private final ConfigureTeams configureTeams;
    private final ConfigureGlobalSettings configureGlobal;
    private final ConfigureTeams restTeams;
    private final ConfigureGlobalSettings restGlobal;

    WorkbenchSettings(WorkbenchWorld world) {
        this.world = world;
        Set<String> groups = new LinkedHashSet<>(GROUPS);
        for (Team team : world.teams()) {
            String group = team.key().value() + "-technicians";
            groups.add(group);
            teams.create(new TeamSettings(team, new TeamScope(Optional.of(group), world.projectsOf(team.key()),
                    Optional.empty())));
        }
        InMemoryJiraDirectoryNames names = new InMemoryJiraDirectoryNames(groups, world.projects());
        TeamSettingsListener toWorld = new TeamSettingsListener() {
            @Override
            public void saved(TeamSettings settings) {
                world.putTeam(settings.team(), settings.scope().projects());
            }

            @Override
            public void deleted(TeamKey key) {
                world.removeTeam(key);
            }
        };
        this.configureTeams = new ConfigureTeams(teams, names, toWorld);
        // The sales pages read the phrases from the store on every request: a save needs no one told.
        this.configureGlobal = new ConfigureGlobalSettings(global, names, () -> { });
        // The journaled stores tell the world themselves, under the lock, so these services tell nobody.
        this.restTeams = new ConfigureTeams(new JournaledTeamStore(world, teams, toWorld), names,
                new TeamSettingsListener() {
                    @Override
                    public void saved(TeamSettings settings) {
                    }

                    @Override
                    public void deleted(TeamKey key) {
                    }
                });
        this.restGlobal = new ConfigureGlobalSettings(new JournaledGlobalStore(world, global), names, () -> { });
    }

    /** The configured teams, for reading; changes go through the methods below. */
    TeamSettingsStore teams() {
        return teams;
    }

    /** The status phrases and sales groups, for reading; the sales pages take their phrases from here. */
    GlobalSettingsStore global() {
        return global;
    }

    /**
     * The plugin's team service for the settings REST resource, over the same store through a
     * {@link JournaledTeamStore}: a team saved or deleted over REST is journaled as the admin form's change would be.
     */
    ConfigureTeams restTeams() {
        return restTeams;
    }

    /** The plugin's global settings service for the settings REST resource, journaled by a {@link JournaledGlobalStore}. */
    ConfigureGlobalSettings restGlobal() {
        return restGlobal;
    }

    Versioned<GlobalSettings> globalSettings() {
        return global.load();
    }

    TeamChange createTeam(TeamForm form) {
        return world.locked(() -> journaled(configureTeams.create(form), new JournalEntry.TeamCreated(form)));
    }

    TeamChange updateTeam(TeamKey key, TeamForm form) {
        return world.locked(() -> journaled(configureTeams.update(key, form), new JournalEntry.TeamUpdated(key, form)));
    }

    /** Deletes the team's settings when confirmed and still at {@code version}; only a done delete is journaled. */
    TeamChange deleteTeam(TeamKey key, long version, boolean confirmed) {
        return world.locked(() -> {
            TeamChange change = configureTeams.delete(key, version, confirmed);
            if (change instanceof TeamChange.Deleted) {
                world.journal(new JournalEntry.TeamDeleted(key, version));
            }
            return change;
        });
    }

    GlobalChange savePhrases(PhraseForm form) {
        return world.locked(() -> journaled(configureGlobal.savePhrases(form), new JournalEntry.PhrasesSaved(form)));
    }

    GlobalChange saveSalesGroups(SalesGroupsForm form) {
        return world.locked(() -> journaled(configureGlobal.saveSalesGroups(form),
                new JournalEntry.SalesGroupsSaved(form)));
    }

    GlobalChange savePolicies(PoliciesForm form) {
        return world.locked(() -> journaled(configureGlobal.savePolicies(form), new JournalEntry.PoliciesSaved(form)));
    }

    /** Saves the phrases, the sales groups and any policies at once, over the version all carry, as a REST write does. */
    GlobalChange saveGlobal(PhraseForm phrases, SalesGroupsForm salesGroups, Optional<PoliciesForm> policies) {
        return world.locked(() -> journaled(configureGlobal.save(phrases, salesGroups, policies),
                new JournalEntry.GlobalSettingsSaved(phrases, salesGroups, policies)));
    }

    private TeamChange journaled(TeamChange change, JournalEntry entry) {
        if (change instanceof TeamChange.Saved) {
            world.journal(entry);
        }
        return change;
    }

    private GlobalChange journaled(GlobalChange change, JournalEntry entry) {
        if (change instanceof GlobalChange.Saved) {
            world.journal(entry);
        }
        return change;
    }
}
