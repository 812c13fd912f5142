package io.promisedesk.settings;

import io.promisedesk.common.Require;

import java.util.Optional;
import java.util.Set;

/**
 * Which Jira issues and people a team covers: the Jira group of its members, the projects whose issues are its
 * work, optionally narrowed by a JQL filter. Validated by the admin form, since only Jira knows which groups and
 * projects exist; here only that none of its texts holds a control character.
 */
public record TeamScope(Optional<String> memberGroup, Set<String> projects, Optional<String> jql) {
    public TeamScope {
        memberGroup = memberGroup == null ? Optional.empty() : memberGroup;
        memberGroup.ifPresent(group -> Require.plainText(group, "memberGroup", false));
        projects = projects == null ? Set.of() : Set.copyOf(projects);
        projects.forEach(project -> Require.plainText(project, "projects", false));
        jql = jql == null ? Optional.empty() : jql;
        jql.ifPresent(filter -> Require.plainText(filter, "jql", true));
    }
}
