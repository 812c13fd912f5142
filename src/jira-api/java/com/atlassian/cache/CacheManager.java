package com.atlassian.cache;

/**
 * Compile-only declaration of Atlassian Cache's factory of named caches (Jira's {@code CacheManager} service; the
 * method is declared on its super-interface {@code CacheFactory} in the real API, which a call through
 * {@code CacheManager} still links to). Jira provides the real type and this copy is never packaged
 * (docs/jira-api-surface.md).
 */
public interface CacheManager {

    /**
     * The cache of this name, made with these settings if it does not exist yet; on a miss it asks {@code loader}.
     */
    <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings required);
}
