package com.atlassian.jira.user;

/**
 * Compile-only declaration of Jira's user: only the member the adapters read. Jira provides the real type; this copy
 * is never packaged (docs/jira-api-surface.md).
 */
public interface ApplicationUser {

    String getUsername();

    // What a digest needs of its recipient (io.promisedesk.jira.digest.JiraDigestRecipients).
    boolean isActive();

    String getEmailAddress();

    String getDisplayName();
}
