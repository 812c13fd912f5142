package io.promisedesk.jira.access;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.promisedesk.access.BrowsePermissions;
import io.promisedesk.common.Require;
import io.promisedesk.work.IssueKey;

/**
 * {@link BrowsePermissions} answered by Jira: Browse Projects on the issue for the active user of that name, so
 * project roles, the issue's project and its security level all count as they do now.
 */
public final class JiraBrowsePermissions implements BrowsePermissions {
    private final UserManager users;
    private final IssueManager issues;
    private final PermissionManager permissions;

    public JiraBrowsePermissions(UserManager users, IssueManager issues, PermissionManager permissions) {
        this.users = Require.present(users, "users");
        this.issues = Require.present(issues, "issues");
        this.permissions = Require.present(permissions, "permissions");
    }

    /**
     * Unlike the current request's check, a missing user is never passed on as Jira's anonymous null: the news is for
     * someone Jira no longer knows, and what anonymous visitors may browse says nothing about them.
     */
    @Override
    public boolean canBrowse(String user, IssueKey issue) {
        if (user == null || user.isBlank() || issue == null) {
            return false;
        }
        ApplicationUser found = users.getUserByName(user);
        if (found == null || !found.isActive()) {
            return false;
        }
        MutableIssue shown = issues.getIssueObject(issue.toString());
        return shown != null && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, shown, found);
    }
}
