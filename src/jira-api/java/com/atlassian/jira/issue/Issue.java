package com.atlassian.jira.issue;

/**
 * Compile-only declaration of Jira's issue: only the key, which the adapters turn into our own value at once. Jira
 * provides the real type; this copy is never packaged (docs/jira-api-surface.md).
 */
public interface Issue {

    String getKey();
}
