package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.customfields.CustomFieldType;

/**
 * Compile-only declaration of Jira's custom field, with only the members our adapters call; Jira provides the real
 * type and this copy is never packaged (docs/jira-api-surface.md).
 */
public interface CustomField {
    /** The field's id, such as {@code customfield_10100}: the name of its form inputs and of its errors. */
    String getId();

    /** The field's type: for our fields, the instance of our field type class Jira built. */
    CustomFieldType getCustomFieldType();
}
