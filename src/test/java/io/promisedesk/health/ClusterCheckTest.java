package io.promisedesk.health;

import org.junit.Test;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static org.junit.Assert.assertEquals;

public class ClusterCheckTest {
    private static List<Finding> check(Supplier<ClusterProbe.Nodes> nodes, Optional<String> cacheProblem) {
        return new ClusterCheck(new ClusterProbe() {
            @Override
            public Nodes nodes() {
                return nodes.get();
            }

            @Override
            public Optional<String> cacheProblem() {
                return cacheProblem;
            }
        }).run();
    }

    @Test
    public void oneNode_orAClusterWithEveryNodeLive_isGreen_andTheCacheAnswers() {
        assertEquals(List.of("GREEN Jira runs on one node, not as a cluster.", "GREEN The cluster cache answers."),
                Findings.read(check(() -> new ClusterProbe.Nodes(false, null, 1, 1), Optional.empty())));
        assertEquals(List.of("GREEN This is node node-2, one of 3 live nodes.", "GREEN The cluster cache answers."),
                Findings.read(check(() -> new ClusterProbe.Nodes(true, "node-2", 3, 3), Optional.empty())));
    }

    @Test
    public void aNodeOffline_isAmber() {
        assertEquals("AMBER This is node node-2; 2 of the 3 known nodes are live.",
                Findings.read(check(() -> new ClusterProbe.Nodes(true, "node-2", 2, 3), Optional.empty())).get(0));
    }

    @Test
    public void aCacheThatDoesNotAnswer_isRed() {
        List<Finding> findings = check(() -> new ClusterProbe.Nodes(false, "", 1, 1),
                Optional.of("java.lang.IllegalStateException: replication timed out"));

        assertEquals("RED The cluster cache does not answer: java.lang.IllegalStateException: replication timed out",
                Findings.read(findings).get(1));
        assertEquals("Promise Desk keeps each team’s workload snapshot in it: check Jira’s log for cache or cluster"
                + " replication errors.", Findings.advice(findings.get(1)));
    }

    @Test
    public void aClusterServiceJiraDoesNotOffer_isAmber_andTheCacheIsStillChecked() {
        List<Finding> findings = check(() -> {
            throw new IllegalStateException("service matching filter=[(objectClass=com.atlassian.jira.cluster"
                    + ".ClusterManager)] unavailable");
        }, Optional.empty());

        assertEquals(List.of("AMBER Jira does not say which node this is: java.lang.IllegalStateException: service"
                + " matching filter=[(objectClass=com.atlassian.jira.cluster.ClusterManager)] unavailable",
                "GREEN The cluster cache answers."), Findings.read(findings));
    }
}
