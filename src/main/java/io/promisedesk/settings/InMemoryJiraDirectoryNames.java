package io.promisedesk.settings;

import java.util.Set;

/** Fixed group and project names for tests and the workbench; names match exactly, as Jira's keys do. */
public record InMemoryJiraDirectoryNames(Set<String> groups, Set<String> projects) implements JiraDirectoryNames {
    public InMemoryJiraDirectoryNames {
        groups = groups == null ? Set.of() : Set.copyOf(groups);
        projects = projects == null ? Set.of() : Set.copyOf(projects);
    }

    @Override
    public boolean groupExists(String group) {
        return group != null && groups.contains(group);
    }

    @Override
    public boolean projectExists(String projectKey) {
        return projectKey != null && projects.contains(projectKey);
    }
}
