package com.atlassian.jira.issue;

/**
 * Compile-only declaration of the issue type {@link IssueManager} returns. Jira provides the real type; this copy is
 * never packaged (docs/jira-api-surface.md).
 */
public interface MutableIssue extends Issue {
}
