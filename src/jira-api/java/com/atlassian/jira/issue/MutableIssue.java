package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;

/**
 * Compile-only declaration of the issue type {@link IssueManager} returns. Jira provides the real type; this copy is
 * never packaged (docs/jira-api-surface.md).
 */
public interface MutableIssue extends Issue {

    /** Changes the field's value in this object only, until the issue manager updates the issue. */
    void setCustomFieldValue(CustomField customField, Object value);
}
