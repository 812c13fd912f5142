package com.atlassian.jira.project;

/**
 * Compile-only declaration of Jira's project, which {@code ProjectManager#getProjectByCurrentKey} returns; we only compare
 * it with null. Jira provides the real type; this copy is never packaged (docs/jira-api-surface.md).
 */
public interface Project {
}
