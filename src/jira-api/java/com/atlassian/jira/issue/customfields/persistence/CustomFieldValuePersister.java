package com.atlassian.jira.issue.customfields.persistence;

/**
 * Compile-only declaration of Jira's store of custom field values, which our field types only pass on to their
 * superclass; Jira provides the real type and this copy is never packaged (docs/jira-api-surface.md).
 */
public interface CustomFieldValuePersister {
}
