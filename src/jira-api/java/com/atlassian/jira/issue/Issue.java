package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-only declaration of Jira's issue, with only the members our adapters call (the id, the key, and the fields
 * the workload engine reads), which they turn into our own values at once; Jira provides the real type and this copy
 * is never packaged (docs/jira-api-surface.md).
 */
public interface Issue {

    Long getId();

    String getKey();

    String getSummary();

    Status getStatus();

    /** Null when the issue has no priority. */
    Priority getPriority();

    /** Null when nobody is assigned. */
    ApplicationUser getAssignee();

    /** The remaining estimate in seconds; null when nobody estimated the issue. */
    Long getEstimate();

    /** When the issue was resolved; null while it has no resolution. */
    java.sql.Timestamp getResolutionDate();

    /** The field's value as its type gives it (our field types: their transport objects); null when empty. */
    Object getCustomFieldValue(CustomField customField);
}
