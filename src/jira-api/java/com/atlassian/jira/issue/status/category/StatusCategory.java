package com.atlassian.jira.issue.status.category;

/**
 * Compile-only declaration of a status's category, with only its key ("new", "indeterminate", "done"); Jira provides
 * the real type and this copy is never packaged (docs/jira-api-surface.md).
 */
public interface StatusCategory {

    String getKey();
}
