package io.promisedesk.settings;

import io.promisedesk.common.Require;
import io.promisedesk.team.Team;
import io.promisedesk.team.TeamDirectory;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The team directory on the stored team settings, read on every call so that an admin's change applies at once: an
 * issue belongs to the team whose projects contain its key's project.
 *
 * <p>A team's JQL filter narrows what the team's search finds (the work item source applies it), not what this
 * directory answers, since a key alone cannot be matched against JQL without asking Jira's search for each issue.
 * So when two teams share a project, each narrowed by its filter, {@link #teamOf} gives the first of them by key
 * for every issue of the project, and {@link #teamsClaiming} gives them all, for whoever must patch their snapshots.
 */
public final class StoredTeamDirectory implements TeamDirectory {
    private final TeamSettingsStore store;

    public StoredTeamDirectory(TeamSettingsStore store) {
        this.store = Require.present(store, "store");
    }

    @Override
    public Optional<Team> team(TeamKey key) {
        Require.present(key, "key");
        return store.find(key).map(stored -> stored.value().team());
    }

    @Override
    public List<Team> teams() {
        return store.all().stream().map(stored -> stored.value().team()).toList();
    }

    @Override
    public Optional<TeamKey> teamOf(IssueKey issue) {
        return teamsClaiming(issue).stream().findFirst();
    }

    /** Every team whose projects contain the issue's project, ordered by key; empty when none does. */
    public List<TeamKey> teamsClaiming(IssueKey issue) {
        Require.present(issue, "issue");
        return store.all().stream()
                .map(Versioned::value)
                .filter(settings -> settings.scope().projects().contains(issue.project()))
                .map(TeamSettings::key)
                .sorted(Comparator.comparing(TeamKey::value))
                .toList();
    }
}
