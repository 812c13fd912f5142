package com.atlassian.jira.security.plugin;

/**
 * Compile-only declaration of Jira's project permission key; the adapters only pass Jira's own constants on. Jira
 * provides the real type; this copy is never packaged (docs/jira-api-surface.md).
 */
public final class ProjectPermissionKey {
    private final String key;

    public ProjectPermissionKey(String key) {
        this.key = key;
    }

    @Override
    public String toString() {
        return key;
    }
}
