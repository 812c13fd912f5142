package com.atlassian.jira.issue.customfields;

import com.atlassian.jira.issue.customfields.impl.FieldValidationException;

/**
 * Compile-only declaration of Jira's custom field type, with only the two conversions our types implement; Jira
 * provides the real type (with many more methods, implemented by its abstract classes) and this copy is never
 * packaged (docs/jira-api-surface.md).
 *
 * @param <T> the transport object, the value of a field of this type
 * @param <S> one single value within the transport object
 */
public interface CustomFieldType<T, S> {
    String getStringFromSingularObject(S singularObject);

    S getSingularObjectFromString(String string) throws FieldValidationException;
}
