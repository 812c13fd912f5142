package com.atlassian.cache;

import java.util.Collection;

/**
 * Compile-only declaration of a named Atlassian cache, with only the members our adapters call; Jira provides the real
 * type and this copy is never packaged (docs/jira-api-surface.md).
 *
 * @param <K> the key
 * @param <V> the value
 */
public interface Cache<K, V> {

    /** The keys this node holds now. */
    Collection<K> getKeys();

    /** The value, loaded by the cache's loader on a miss. */
    V get(K key);

    /** Puts the value under the key, replacing any; a cache replicated by copy sends it to the other nodes. */
    void put(K key, V value);

    void remove(K key);

    void removeAll();
}
