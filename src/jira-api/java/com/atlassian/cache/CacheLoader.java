package com.atlassian.cache;

/**
 * Compile-only declaration of what fills an Atlassian cache on a miss; Jira provides the real type and this copy is
 * never packaged (docs/jira-api-surface.md).
 *
 * @param <K> the key
 * @param <V> the value
 */
public interface CacheLoader<K, V> {

    V load(K key);
}
