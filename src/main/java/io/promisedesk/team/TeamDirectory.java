package io.promisedesk.team;

import io.promisedesk.work.IssueKey;

import java.util.List;
import java.util.Optional;

/**
 * The port that gives the configured teams and which team an issue belongs to; in Jira, teams are stored settings
 * and an issue belongs to a team by its project, optionally narrowed by a JQL filter (the adapter's business).
 */
public interface TeamDirectory {

    /** The team configured under {@code key}; empty when there is none. */
    Optional<Team> team(TeamKey key);

    /** Every configured team, in no particular order. */
    List<Team> teams();

    /**
     * The configured team whose work includes the issue; empty when no configured team claims it. Only the key is
     * given, so that the answer can also be asked for an issue that was just moved away or deleted.
     */
    Optional<TeamKey> teamOf(IssueKey issue);
}
