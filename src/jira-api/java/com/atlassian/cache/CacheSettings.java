package com.atlassian.cache;

/**
 * Compile-only declaration of an Atlassian cache's settings, with only the two our tests read; Jira provides the real
 * type and this copy is never packaged (docs/jira-api-surface.md).
 */
public interface CacheSettings {

    /** False for a cluster-wide (remote) cache; null when not set. */
    Boolean getLocal();

    /** False when other nodes are told to forget a changed value instead of being sent a copy; null when not set. */
    Boolean getReplicateViaCopy();
}
