package com.atlassian.jira.project;

/**
 * Compile-only declaration of Jira's project lookup. Jira provides the real type; this copy is never packaged
 * (docs/jira-api-surface.md).
 */
public interface ProjectManager {

    /** The project whose key is this now, or null when there is none. */
    Project getProjectByCurrentKey(String key);
}
