package com.atlassian.jira.issue.fields.config;

import com.atlassian.jira.issue.fields.CustomField;

/**
 * Compile-only declaration of Jira's custom field configuration (one context of a field), with only the member our
 * adapters call; Jira provides the real type and this copy is never packaged (docs/jira-api-surface.md).
 */
public interface FieldConfig {
    CustomField getCustomField();
}
