package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.util.ErrorCollection;

/**
 * Compile-only declaration of Jira's base class of custom field types that store one value per issue, with only the
 * members our types call or override; Jira provides the real class (which stores and loads the values) and this
 * copy is never packaged (docs/jira-api-surface.md).
 */
public abstract class AbstractSingleFieldType<T> extends AbstractCustomFieldType<T, T> {
    protected AbstractSingleFieldType(CustomFieldValuePersister customFieldValuePersister,
            GenericConfigManager genericConfigManager) {
    }

    /** The issue's stored value, or null. */
    public T getValueFromIssue(CustomField field, Issue issue) {
        return null;
    }

    /** Stores a first value of the field for the issue; Jira calls it only with a value (not null). */
    public void createValue(CustomField field, Issue issue, T value) {
    }

    /** Stores a changed value of the field for the issue, once Jira found it unequal to the stored one. */
    public void updateValue(CustomField customField, Issue issue, T value) {
    }

    public void validateFromParams(CustomFieldParams relevantParams, ErrorCollection errorCollectionToAddTo,
            FieldConfig config) {
    }

    public T getValueFromCustomFieldParams(CustomFieldParams relevantParams) throws FieldValidationException {
        return null;
    }

    /** What the edit template receives as {@code $value}. */
    public Object getStringValueFromCustomFieldParams(CustomFieldParams parameters) {
        return null;
    }

    public String getChangelogValue(CustomField field, T value) {
        return null;
    }

    protected abstract PersistenceFieldType getDatabaseType();

    protected abstract Object getDbValueFromObject(T customFieldObject);

    protected abstract T getObjectFromDbValue(Object databaseValue) throws FieldValidationException;
}
