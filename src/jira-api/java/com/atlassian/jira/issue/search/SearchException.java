package com.atlassian.jira.issue.search;

/**
 * Compile-only declaration of the checked exception Jira's search throws; Jira provides the real type and this copy
 * is never packaged (docs/jira-api-surface.md).
 */
public class SearchException extends Exception {
    private static final long serialVersionUID = 1L;

    public SearchException(String message) {
        super(message);
    }
}
