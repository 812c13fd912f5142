package com.atlassian.jira.util;

/**
 * Compile-only declaration of Jira's collection of form errors, with only the member our adapters call; Jira
 * provides the real type and this copy is never packaged (docs/jira-api-surface.md).
 */
public interface ErrorCollection {
    /** An error shown beside the input named {@code field}. */
    void addError(String field, String message);
}
