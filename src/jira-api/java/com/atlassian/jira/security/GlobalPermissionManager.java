package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-only declaration of Jira's global permission check. Jira provides the real type; this copy is never
 * packaged (docs/jira-api-surface.md).
 */
public interface GlobalPermissionManager {

    boolean hasPermission(GlobalPermissionKey globalPermissionKey, ApplicationUser user);
}
