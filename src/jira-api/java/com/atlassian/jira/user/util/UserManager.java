package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-only declaration of Jira's user manager, with only the lookup by user name the digest recipients use
 * (docs/jira-api-surface.md). Jira provides the real type; this copy is never packaged.
 */
public interface UserManager {
    ApplicationUser getUserByName(String userName);
}
