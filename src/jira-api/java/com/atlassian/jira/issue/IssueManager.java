package com.atlassian.jira.issue;

/**
 * Compile-only declaration of Jira's issue lookup by key. Jira provides the real type; this copy is never packaged
 * (docs/jira-api-surface.md).
 */
public interface IssueManager {

    /** Null when there is no such issue. */
    MutableIssue getIssueObject(String key);
}
