package io.promisedesk.jira.search;

import io.promisedesk.settings.TeamScope;
import io.promisedesk.work.IssueKey;

import java.time.LocalDate;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The JQL of a team's work: its projects, narrowed by its own filter, unresolved by status category (the engine's
 * rule of resolved: {@code WorkItem#isResolved} is the Done category, whatever the resolution field says), in key
 * order so that pages do not shift while they are read; and the same scope's recently delivered issues.
 */
public final class TeamJql {
    private TeamJql() {
    }

    /** Empty for a team with no project: it has no work, and {@code project in ()} is not JQL. */
    public static Optional<String> of(TeamScope scope) {
        return scoped(scope, "statusCategory != Done");
    }

    /**
     * Whether one issue passes the team's own filter: empty for a team without one, whose every unresolved issue of its
     * projects is its work.
     */
    public static Optional<String> filterOf(TeamScope scope, IssueKey issue) {
        return scope.jql().filter(jql -> !jql.isBlank())
                .map(jql -> "issuekey = " + quoted(issue.toString()) + " AND (" + jql.strip() + ")");
    }

    /**
     * The team's issues done and resolved on or after {@code firstDay} (Jira reads the day in its default zone; the
     * caller narrows to the team's own zone); empty for a team with no project.
     */
    static Optional<String> deliveredSince(TeamScope scope, LocalDate firstDay) {
        return scoped(scope, "statusCategory = Done AND resolved >= \"" + firstDay + "\"");
    }

    private static Optional<String> scoped(TeamScope scope, String condition) {
        if (scope.projects().isEmpty()) {
            return Optional.empty();
        }
        String projects = new TreeSet<>(scope.projects()).stream()
                .map(TeamJql::quoted)
                .collect(Collectors.joining(", "));
        String filter = scope.jql().filter(jql -> !jql.isBlank()).map(jql -> " AND (" + jql.strip() + ")").orElse("");
        return Optional.of("project in (" + projects + ")" + filter + " AND " + condition + " ORDER BY key ASC");
    }

    private static String quoted(String project) {
        return "\"" + project.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
