package com.atlassian.jira.project;

/**
 * Compile-only declaration of Jira's project: its key, which the health check compares with the teams' projects.
 * Jira provides the real type; this copy is never packaged (docs/jira-api-surface.md).
 */
public interface Project {

    /** The project's key, such as {@code OPS}. */
    String getKey();
}
