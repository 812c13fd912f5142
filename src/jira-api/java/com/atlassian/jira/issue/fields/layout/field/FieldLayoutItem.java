package com.atlassian.jira.issue.fields.layout.field;

/**
 * Compile-only declaration of Jira's field layout item, a parameter of the custom field type methods we override; we
 * call none of its members. Jira provides the real type and this copy is never packaged (docs/jira-api-surface.md).
 */
public interface FieldLayoutItem {
}
