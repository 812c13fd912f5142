package io.promisedesk.jira.access;

import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.groups.GroupManager;
import io.promisedesk.common.Require;
import io.promisedesk.settings.JiraDirectoryNames;

/**
 * {@link JiraDirectoryNames} answered by Jira: a group Jira's user directories know, a project by the key it has now,
 * the one a team's issues carry.
 */
public final class JiraDirectory implements JiraDirectoryNames {
    private final GroupManager groups;
    private final ProjectManager projects;

    public JiraDirectory(GroupManager groups, ProjectManager projects) {
        this.groups = Require.present(groups, "groups");
        this.projects = Require.present(projects, "projects");
    }

    @Override
    public boolean groupExists(String group) {
        return isNamed(group) && groups.getGroup(group) != null;
    }

    @Override
    public boolean projectExists(String projectKey) {
        return isNamed(projectKey) && projects.getProjectByCurrentKey(projectKey) != null;
    }

    /** Jira is not asked about a blank name, which no group or project has. */
    private static boolean isNamed(String name) {
        return name != null && !name.isBlank();
    }
}
