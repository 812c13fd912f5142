package com.atlassian.jira.issue.priority;

/**
 * Compile-only declaration of an issue's priority, with only its name; Jira provides the real type (its
 * {@code getName} is inherited from {@code IssueConstant}) and this copy is never packaged (docs/jira-api-surface.md).
 */
public interface Priority {

    String getName();
}
