package com.atlassian.jira.issue.customfields.manager;

/**
 * Compile-only declaration of Jira's store of custom field configuration (default values), which our field types
 * only pass on to their superclass; Jira provides the real type and this copy is never packaged
 * (docs/jira-api-surface.md).
 */
public interface GenericConfigManager {
}
