package com.atlassian.crowd.embedded.api;

/**
 * Compile-only declaration of Crowd's group, which Jira's {@code GroupManager#getGroup} returns; we only compare it
 * with null. Jira provides the real type; this copy is never packaged (docs/jira-api-surface.md).
 */
public interface Group {
}
