package io.promisedesk.settings;

import java.util.Optional;
import java.util.Set;

/**
 * Which Jira issues and people a team covers: the Jira group of its members, the projects whose issues are its
 * work, optionally narrowed by a JQL filter. Validated by the admin form, not here, since only Jira knows which
 * groups and projects exist.
 */
public record TeamScope(Optional<String> memberGroup, Set<String> projects, Optional<String> jql) {
    public TeamScope {
        memberGroup = memberGroup == null ? Optional.empty() : memberGroup;
        projects = projects == null ? Set.of() : Set.copyOf(projects);
        jql = jql == null ? Optional.empty() : jql;
    }
}
