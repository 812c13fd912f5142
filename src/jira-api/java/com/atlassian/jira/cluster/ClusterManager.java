package com.atlassian.jira.cluster;

import java.util.Collection;
import java.util.Set;

/**
 * Compile-only declaration of Jira's cluster manager, only what the health check reads: whether Jira runs clustered,
 * this node's id (both declared on the super-interface {@code ClusterInfo} since Jira 7), and its nodes. Jira provides
 * the real type; this copy is never packaged (docs/jira-api-surface.md).
 */
public interface ClusterManager {

    boolean isClustered();

    String getNodeId();

    /** Every node the cluster knows, live or not; empty when not clustered. */
    Set<Node> getAllNodes();

    /** A snapshot of the live nodes. */
    Collection<Node> findLiveNodes();
}
