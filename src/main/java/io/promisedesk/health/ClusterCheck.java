package io.promisedesk.health;

import io.promisedesk.common.Require;
import io.promisedesk.language.Message;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The cluster cache answers; this node's id and the number of nodes when Jira runs as a cluster (Data Center). */
public final class ClusterCheck implements HealthCheck {
    private final ClusterProbe probe;

    public ClusterCheck(ClusterProbe probe) {
        this.probe = Require.present(probe, "probe");
    }

    @Override
    public Area area() {
        return Area.CLUSTER;
    }

    @Override
    public List<Finding> run() {
        List<Finding> findings = new ArrayList<>();
        findings.add(nodes());
        Optional<String> problem = probe.cacheProblem();
        findings.add(problem.map(why -> Finding.red(Message.of("promisedesk.health.cluster.cache", why),
                        Message.of("promisedesk.health.cluster.cache.advice")))
                .orElseGet(() -> Finding.green(Message.of("promisedesk.health.cluster.cacheOk"))));
        return findings;
    }

    private Finding nodes() {
        ClusterProbe.Nodes nodes;
        try {
            nodes = probe.nodes();
        } catch (RuntimeException unavailable) {
            // Jira's cluster service is optional to the plugin: without it only this line is missing.
            return Finding.amber(Message.of("promisedesk.health.cluster.unknown", RunHealthChecks.summary(unavailable)),
                    Message.of("promisedesk.health.cluster.unknown.advice"));
        }
        if (!nodes.clustered()) {
            return Finding.green(Message.of("promisedesk.health.cluster.single"));
        }
        if (nodes.live() < nodes.known()) {
            return Finding.amber(Message.of("promisedesk.health.cluster.offline", nodes.nodeId(), nodes.live(),
                    nodes.known()), Message.of("promisedesk.health.cluster.offline.advice"));
        }
        return Finding.green(Message.of("promisedesk.health.cluster.nodes", nodes.nodeId(), nodes.known()));
    }
}
