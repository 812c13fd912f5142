package com.atlassian.jira.issue;

import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;

import java.util.List;

/**
 * Compile-only declaration of Jira's custom field lookup, with only the members our adapters call; Jira provides the
 * real type and this copy is never packaged (docs/jira-api-surface.md).
 */
public interface CustomFieldManager {

    /** Every custom field of the instance. */
    List<CustomField> getCustomFieldObjects();

    /** The field type of that complete module key ({@code plugin:module}), or null when no enabled module has it. */
    CustomFieldType<?, ?> getCustomFieldType(String key);
}
