package io.promisedesk.team;

import io.promisedesk.common.Require;
import io.promisedesk.work.IssueKey;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps teams and the assignment of issues to teams in memory, for tests and the local workbench; safe to share
 * between threads.
 *
 * <p>An issue belongs to the team its project is assigned to, unless it is assigned to a team of its own: the
 * in-memory stand-in for Jira's "project, optionally narrowed by JQL".
 */
public final class InMemoryTeamDirectory implements TeamDirectory {
    private final Object lock = new Object();
    private final Map<TeamKey, Team> teams = new LinkedHashMap<>();
    private final Map<String, TeamKey> teamByProject = new HashMap<>();
    private final Map<IssueKey, TeamKey> teamByIssue = new HashMap<>();

    /** Configures the team, replacing the one with the same key. */
    public void put(Team team) {
        Require.present(team, "team");
        synchronized (lock) {
            teams.put(team.key(), team);
        }
    }

    /** Removes the team's configuration; its assignments stay but name no configured team any more. */
    public void remove(TeamKey key) {
        Require.present(key, "key");
        synchronized (lock) {
            teams.remove(key);
        }
    }

    /** Makes the project's issues the team's work, except issues assigned one by one. */
    public void assignProject(String project, TeamKey team) {
        Require.present(project, "project");
        Require.present(team, "team");
        synchronized (lock) {
            teamByProject.put(project, team);
        }
    }

    /** Makes this one issue the team's work, whatever its project. */
    public void assignIssue(IssueKey issue, TeamKey team) {
        Require.present(issue, "issue");
        Require.present(team, "team");
        synchronized (lock) {
            teamByIssue.put(issue, team);
        }
    }

    @Override
    public Optional<Team> team(TeamKey key) {
        Require.present(key, "key");
        synchronized (lock) {
            return Optional.ofNullable(teams.get(key));
        }
    }

    @Override
    public List<Team> teams() {
        synchronized (lock) {
            return List.copyOf(teams.values());
        }
    }

    @Override
    public Optional<TeamKey> teamOf(IssueKey issue) {
        Require.present(issue, "issue");
        synchronized (lock) {
            TeamKey team = teamByIssue.getOrDefault(issue, teamByProject.get(issue.project()));
            // As in Jira, where the assignment is part of a team's settings: no configured team, no team.
            return team != null && teams.containsKey(team) ? Optional.of(team) : Optional.empty();
        }
    }
}
