package io.promisedesk.jira.access;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import io.promisedesk.access.Access;
import io.promisedesk.common.Require;
import io.promisedesk.settings.GlobalSettingsStore;
import io.promisedesk.work.IssueKey;

import java.util.Optional;

/**
 * {@link Access} answered by Jira for the logged-in user of the current request: Browse Projects and Edit Issues on
 * the issue, the Jira administrators permission, and membership of the sales groups Promise Desk is configured with.
 */
public final class JiraAccess implements Access {
    private final JiraAuthenticationContext authentication;
    private final PermissionManager permissions;
    private final GlobalPermissionManager globalPermissions;
    private final GroupManager groups;
    private final IssueManager issues;
    private final GlobalSettingsStore settings;

    public JiraAccess(JiraAuthenticationContext authentication, PermissionManager permissions,
                      GlobalPermissionManager globalPermissions, GroupManager groups,
                      IssueManager issues, GlobalSettingsStore settings) {
        this.authentication = Require.present(authentication, "authentication");
        this.permissions = Require.present(permissions, "permissions");
        this.globalPermissions = Require.present(globalPermissions, "globalPermissions");
        this.groups = Require.present(groups, "groups");
        this.issues = Require.present(issues, "issues");
        this.settings = Require.present(settings, "settings");
    }

    @Override
    public Optional<String> user() {
        return loggedIn().map(ApplicationUser::getUsername);
    }

    @Override
    public boolean canBrowse(IssueKey issue) {
        return has(ProjectPermissions.BROWSE_PROJECTS, issue);
    }

    @Override
    public boolean canEdit(IssueKey issue) {
        return has(ProjectPermissions.EDIT_ISSUES, issue);
    }

    @Override
    public boolean isAdministrator() {
        return loggedIn().map(user -> globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, user))
                .orElse(false);
    }

    @Override
    public boolean isSales() {
        Optional<ApplicationUser> user = loggedIn();
        if (user.isEmpty()) {
            return false;
        }
        // Few groups, each answered from Jira's membership cache: asking per group is cheaper than listing the user's.
        return settings.load().value().salesGroups().stream().anyMatch(group -> groups.isUserInGroup(user.get(), group));
    }

    /**
     * Jira decides for an anonymous viewer too (a project may grant Browse to anyone), so a missing user is passed
     * on as Jira's null; a key of no issue, or of one Jira no longer has, is never permitted.
     */
    private boolean has(ProjectPermissionKey permission, IssueKey issue) {
        if (issue == null) {
            return false;
        }
        MutableIssue found = issues.getIssueObject(issue.toString());
        return found != null && permissions.hasPermission(permission, found, authentication.getLoggedInUser());
    }

    private Optional<ApplicationUser> loggedIn() {
        return Optional.ofNullable(authentication.getLoggedInUser());
    }
}
