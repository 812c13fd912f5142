package com.atlassian.jira.issue;

/**
 * Compile-only declaration of Jira's issue, with only the members our adapters call (the id and the key), which they
 * turn into our own values at once; Jira provides the real type and this copy is never packaged
 * (docs/jira-api-surface.md).
 */
public interface Issue {

    Long getId();

    String getKey();
}
