package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/**
 * Compile-only declaration of Jira's project permission constants the adapters check. The fields are not
 * compile-time constants, so our classes read Jira's own at run time. Never packaged (docs/jira-api-surface.md).
 */
public final class ProjectPermissions {
    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");
    public static final ProjectPermissionKey EDIT_ISSUES = new ProjectPermissionKey("EDIT_ISSUES");

    private ProjectPermissions() {
    }
}
