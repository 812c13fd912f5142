package com.atlassian.cache;

/**
 * Compile-only declaration of the builder of an Atlassian cache's settings, with only the members our adapters call;
 * Jira provides the real class and this copy is never packaged (docs/jira-api-surface.md).
 */
public class CacheSettingsBuilder {
    private Boolean local;
    private Boolean replicateViaCopy;

    public CacheSettingsBuilder() {
        // Nothing set: the cache manager's defaults apply.
    }

    public CacheSettings build() {
        Boolean builtLocal = local;
        Boolean builtViaCopy = replicateViaCopy;
        return new CacheSettings() {
            @Override
            public Boolean getLocal() {
                return builtLocal;
            }

            @Override
            public Boolean getReplicateViaCopy() {
                return builtViaCopy;
            }
        };
    }

    /** Shared by the cluster's nodes. */
    public CacheSettingsBuilder remote() {
        local = false;
        return this;
    }

    /** A change sends other nodes the value itself, which must then be serializable. */
    public CacheSettingsBuilder replicateViaCopy() {
        replicateViaCopy = true;
        return this;
    }

    /** A change tells other nodes to forget the key, rather than sending them the value. */
    public CacheSettingsBuilder replicateViaInvalidation() {
        replicateViaCopy = false;
        return this;
    }
}
