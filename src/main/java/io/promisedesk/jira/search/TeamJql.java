package io.promisedesk.jira.search;

import io.promisedesk.settings.TeamScope;

import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The JQL of a team's work: its projects, narrowed by its own filter, unresolved by status category (the engine's
 * rule of resolved: {@code WorkItem#isResolved} is the Done category, whatever the resolution field says), in key
 * order so that pages do not shift while they are read.
 */
final class TeamJql {
    private TeamJql() {
    }

    /** Empty for a team with no project: it has no work, and {@code project in ()} is not JQL. */
    static Optional<String> of(TeamScope scope) {
        if (scope.projects().isEmpty()) {
            return Optional.empty();
        }
        String projects = new TreeSet<>(scope.projects()).stream()
                .map(TeamJql::quoted)
                .collect(Collectors.joining(", "));
        String filter = scope.jql().filter(jql -> !jql.isBlank()).map(jql -> " AND (" + jql.strip() + ")").orElse("");
        return Optional.of("project in (" + projects + ")" + filter + " AND statusCategory != Done ORDER BY key ASC");
    }

    private static String quoted(String project) {
        return "\"" + project.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
