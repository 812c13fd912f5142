package io.promisedesk.health;

import java.util.Optional;

/** The port that says which node this is, how many nodes the cluster has, and whether the cluster cache answers. */
public interface ClusterProbe {

    /** May throw when the host does not offer its cluster service. */
    Nodes nodes();

    /** Puts a value through the cluster cache and reads it back: empty when it answered, else what went wrong. */
    Optional<String> cacheProblem();

    /** Whether the host runs clustered, this node's id, and how many of its known nodes are live. */
    record Nodes(boolean clustered, String nodeId, int live, int known) {
        public Nodes {
            nodeId = nodeId == null ? "" : nodeId;
            if (live < 0 || known < 0) {
                throw new IllegalArgumentException("node counts must not be negative, were " + live + " and " + known);
            }
        }
    }
}
