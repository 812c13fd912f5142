package com.atlassian.jira.issue.customfields.impl;

/**
 * Compile-only declaration of the exception a custom field type throws for a value it cannot accept; Jira provides
 * the real type and this copy is never packaged (docs/jira-api-surface.md).
 */
public class FieldValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FieldValidationException(String message) {
        super(message);
    }
}
