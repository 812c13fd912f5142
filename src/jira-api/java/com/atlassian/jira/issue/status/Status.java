package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.status.category.StatusCategory;

/**
 * Compile-only declaration of an issue's status, with only the members our adapters read; Jira provides the real type
 * (its {@code getName} is inherited from {@code IssueConstant}) and this copy is never packaged
 * (docs/jira-api-surface.md).
 */
public interface Status {

    String getName();

    StatusCategory getStatusCategory();
}
