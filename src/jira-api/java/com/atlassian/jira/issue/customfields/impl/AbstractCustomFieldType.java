package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;

import java.util.HashMap;
import java.util.Map;

/**
 * Compile-only declaration of Jira's base class of custom field types, with only the members our types override;
 * Jira provides the real class and this copy is never packaged (docs/jira-api-surface.md).
 */
public abstract class AbstractCustomFieldType<T, S> implements CustomFieldType<T, S> {
    /** The values Jira adds to the context of this type's view, column and edit templates. */
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        return new HashMap<>();
    }

    /** The readable text of a value in the issue's change history; null to fall back on the change log value. */
    public String getChangelogString(CustomField field, T value) {
        return null;
    }
}
