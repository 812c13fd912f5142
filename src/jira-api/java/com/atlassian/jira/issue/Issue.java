package com.atlassian.jira.issue;

/**
 * Compile-only declaration of Jira's issue, with only the member our adapters call; Jira provides the real type and
 * this copy is never packaged (docs/jira-api-surface.md).
 */
public interface Issue {
    Long getId();
}
