package io.promisedesk.jira.health;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.jira.cluster.ClusterManager;
import io.promisedesk.common.Require;
import io.promisedesk.health.ClusterProbe;
import io.promisedesk.health.RunHealthChecks;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * This node and its cluster from Jira's cluster manager (an optional OSGi reference: without it, {@link #nodes()}
 * throws and the health check says so), and a round trip through a remote cluster cache with a loader, replicated by
 * invalidation.
 */
public final class JiraClusterProbe implements ClusterProbe {
    static final String CACHE = "io.promisedesk.promise-desk.health";
    private static final String ANSWER = "answered:";

    private final ClusterManager cluster;
    private final CacheManager caches;
    private final SecureRandom random = new SecureRandom();
    /** Made on the first check rather than at start: the health check must not be what keeps the plugin from starting. */
    private volatile Cache<String, String> cache;

    public JiraClusterProbe(ClusterManager cluster, CacheManager caches) {
        this.cluster = Require.present(cluster, "cluster");
        this.caches = Require.present(caches, "caches");
    }

    @Override
    public Nodes nodes() {
        boolean clustered = cluster.isClustered();
        return new Nodes(clustered, cluster.getNodeId(), clustered ? cluster.findLiveNodes().size() : 1,
                clustered ? cluster.getAllNodes().size() : 1);
    }

    @Override
    public Optional<String> cacheProblem() {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        try {
            Cache<String, String> answering = cache();
            String answer = answering.get(token);
            answering.remove(token);
            return (ANSWER + token).equals(answer) ? Optional.empty()
                    : Optional.of("asked for " + token + ", got " + answer);
        } catch (RuntimeException failure) {
            return Optional.of(RunHealthChecks.summary(failure));
        }
    }

    private Cache<String, String> cache() {
        Cache<String, String> made = cache;
        if (made == null) {
            made = caches.getCache(CACHE, key -> ANSWER + key,
                    new CacheSettingsBuilder().remote().replicateViaInvalidation().build());
            cache = made;
        }
        return made;
    }
}
