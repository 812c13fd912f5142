package io.promisedesk.jira.cache;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import io.promisedesk.fixtures.MutableClock;
import io.promisedesk.jira.PluginDescriptor;
import io.promisedesk.workload.TeamAssessment;
import org.junit.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static io.promisedesk.fixtures.PlatformScenario.platformIssues;
import static io.promisedesk.fixtures.PlatformScenario.platformTeam;
import static io.promisedesk.fixtures.WorkloadWorld.NETWORK;
import static io.promisedesk.fixtures.WorkloadWorld.PLATFORM;
import static io.promisedesk.jira.JiraFakes.fake;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

/**
 * The snapshot cache on Atlassian Cache keeps the SnapshotCache contract on a fake cluster of two nodes whose caches
 * are replicated by invalidation: each node loads its own values, a removal on one node removes the key on both.
 */
public class AtlassianSnapshotCacheTest {
    private static final LocalDate MONDAY = LocalDate.parse("2026-03-02");
    private static final LocalDate TUESDAY = LocalDate.parse("2026-03-03");

    private final FakeCluster cluster = new FakeCluster();
    private final MutableClock clock = MutableClock.at("2026-03-02T11:00:00Z");
    private final AtlassianSnapshotCache nodeA = new AtlassianSnapshotCache(cluster.node(), clock);
    private final AtlassianSnapshotCache nodeB = new AtlassianSnapshotCache(cluster.node(), clock);
    private final AtomicInteger computations = new AtomicInteger();

    @Test
    public void theCache_isRemoteAndReplicatedByInvalidation_underOneName() {
        assertEquals(List.of(AtlassianSnapshotCache.NAME, AtlassianSnapshotCache.NAME), cluster.names);
        cluster.settings.forEach(settings -> {
            assertEquals("remote", Boolean.FALSE, settings.getLocal());
            assertEquals("replicated by invalidation", Boolean.FALSE, settings.getReplicateViaCopy());
        });
    }

    @Test
    public void aSnapshot_isComputedOncePerTeamAndDay_andKeptUnderATextKey() {
        TeamAssessment first = nodeA.get(PLATFORM, MONDAY, counted(MONDAY));

        assertSame(first, nodeA.get(PLATFORM, MONDAY, counted(MONDAY)));
        assertEquals(1, computations.get());
        assertEquals(Set.of("platform|2026-03-02"), cluster.keysOf(0));
    }

    @Test
    public void eachNode_computesItsOwnValue() {
        nodeA.get(PLATFORM, MONDAY, counted(MONDAY));
        nodeB.get(PLATFORM, MONDAY, counted(MONDAY));

        assertEquals(2, computations.get());
    }

    @Test
    public void aSnapshotOfAnotherDay_isNeverReturned() {
        nodeA.get(PLATFORM, MONDAY, counted(MONDAY));

        assertEquals(TUESDAY, nodeA.get(PLATFORM, TUESDAY, counted(TUESDAY)).today());
        assertEquals(2, computations.get());
    }

    @Test
    public void invalidatingATeamOnOneNode_makesEveryNodeComputeItAgain_andLeavesOtherTeams() {
        TeamAssessment onB = nodeB.get(PLATFORM, MONDAY, counted(MONDAY));
        TeamAssessment networkOnB = nodeB.get(NETWORK, MONDAY, counted(MONDAY));

        nodeA.invalidate(PLATFORM);

        assertNotSame(onB, nodeB.get(PLATFORM, MONDAY, counted(MONDAY)));
        assertSame(networkOnB, nodeB.get(NETWORK, MONDAY, counted(MONDAY)));
    }

    @Test
    public void invalidating_reachesTheDayOfATeamAheadOfUtc_thatThisNodeNeverHeld() {
        // 11:00 UTC on Monday is already Tuesday for a team in UTC+14; only node B computed it.
        TeamAssessment tuesdayOnB = nodeB.get(PLATFORM, TUESDAY, counted(TUESDAY));

        nodeA.invalidate(PLATFORM);

        assertNotSame(tuesdayOnB, nodeB.get(PLATFORM, TUESDAY, counted(TUESDAY)));
    }

    @Test
    public void invalidating_alsoForgetsOlderDaysThisNodeStillHolds() {
        nodeA.get(PLATFORM, LocalDate.parse("2026-02-20"), counted(LocalDate.parse("2026-02-20")));

        nodeA.invalidate(PLATFORM);

        assertEquals(Set.of(), cluster.keysOf(0));
    }

    @Test
    public void invalidateAll_forgetsEveryTeamOnEveryNode() {
        nodeB.get(PLATFORM, MONDAY, counted(MONDAY));
        nodeB.get(NETWORK, MONDAY, counted(MONDAY));

        nodeA.invalidateAll();

        assertEquals(Set.of(), cluster.keysOf(1));
    }

    @Test
    public void anInvalidationWhileComputing_answersTheCaller_butKeepsNothing() {
        TeamAssessment answered = nodeA.get(PLATFORM, MONDAY, () -> {
            TeamAssessment computed = counted(MONDAY).get();
            nodeA.invalidate(PLATFORM);
            return computed;
        });

        assertEquals(MONDAY, answered.today());
        assertFalse(cluster.keysOf(0).contains("platform|2026-03-02"));
        assertNotSame(answered, nodeA.get(PLATFORM, MONDAY, counted(MONDAY)));
    }

    @Test
    public void aCallerThatFindsTheValue_doesNotTakeAwayTheComputationOfACallerStillLoading() throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch served = new CountDownLatch(1);
        cluster.pauseNextLoad(loading, served);
        AtomicReference<TeamAssessment> first = new AtomicReference<>();
        Thread slow = new Thread(() -> first.set(nodeA.get(PLATFORM, MONDAY, counted(MONDAY))));
        slow.start();
        loading.await();

        // Another caller of the same key arrives, and is served by a value another thread put meanwhile.
        cluster.putOnNode(0, "platform|2026-03-02", TeamAssessment.assess(platformTeam(), platformIssues(), MONDAY));
        nodeA.get(PLATFORM, MONDAY, counted(MONDAY));
        served.countDown();
        slow.join(5_000);

        assertEquals(MONDAY, first.get().today());
    }

    @Test
    public void aFailedComputation_reachesTheCaller_andIsNotKept() {
        assertThrows(IllegalStateException.class, () -> nodeA.get(PLATFORM, MONDAY, () -> {
            throw new IllegalStateException("Jira's search failed");
        }));

        assertEquals(Set.of(), cluster.keysOf(0));
        assertEquals(MONDAY, nodeA.get(PLATFORM, MONDAY, counted(MONDAY)).today());
    }

    @Test
    public void missingArguments_areRefused() {
        assertThrows(RuntimeException.class, () -> nodeA.get(null, MONDAY, counted(MONDAY)));
        assertThrows(RuntimeException.class, () -> nodeA.get(PLATFORM, null, counted(MONDAY)));
        assertThrows(RuntimeException.class, () -> nodeA.get(PLATFORM, MONDAY, null));
        assertThrows(RuntimeException.class, () -> nodeA.invalidate(null));
        assertThrows(RuntimeException.class, () -> new AtlassianSnapshotCache(null, clock));
    }

    /**
     * Jira's cache outlives the plugin: values of this plugin version's classes left in it after the plugin stops are
     * read by the next version, which cannot cast them (issue 13, risk 6). Spring calls the snapshot cache bean's
     * destroy-method when the plugin's context closes, and that empties the cache on every node.
     */
    @Test
    public void whenThePluginsContextCloses_theCacheIsEmptiedOnEveryNode() throws Exception {
        nodeA.get(PLATFORM, MONDAY, counted(MONDAY));
        nodeB.get(NETWORK, MONDAY, counted(MONDAY));
        String destroyMethod = snapshotCacheBean().getAttribute("destroy-method");

        assertFalse("the snapshotCache bean names no destroy-method", destroyMethod.isEmpty());
        AtlassianSnapshotCache.class.getMethod(destroyMethod).invoke(nodeA);

        assertEquals(Set.of(), cluster.keysOf(0));
        assertEquals(Set.of(), cluster.keysOf(1));
    }

    private static Element snapshotCacheBean() {
        for (String xml : PluginDescriptor.springContexts()) {
            NodeList beans = PluginDescriptor.parse(xml).getElementsByTagName("bean");
            for (int i = 0; i < beans.getLength(); i++) {
                Element bean = (Element) beans.item(i);
                if (bean.getAttribute("class").equals(AtlassianSnapshotCache.class.getName())) {
                    return bean;
                }
            }
        }
        throw new AssertionError("no bean of " + AtlassianSnapshotCache.class.getName());
    }

    private Supplier<TeamAssessment> counted(LocalDate today) {
        return () -> {
            computations.incrementAndGet();
            return TeamAssessment.assess(platformTeam(), platformIssues(), today);
        };
    }

    /**
     * Nodes whose caches of one name are replicated by invalidation: a node loads a missing value with its own loader
     * and keeps it locally; a removal removes the key on every node.
     */
    private static final class FakeCluster {
        final List<Map<Object, Object>> nodes = new ArrayList<>();
        final List<String> names = new ArrayList<>();
        final List<CacheSettings> settings = new ArrayList<>();

        private CountDownLatch loading;
        private CountDownLatch resume;

        /** The next load on any node signals {@code loading}, then waits for {@code resume} before it loads. */
        void pauseNextLoad(CountDownLatch loading, CountDownLatch resume) {
            this.loading = loading;
            this.resume = resume;
        }

        void putOnNode(int node, Object key, Object value) {
            nodes.get(node).put(key, value);
        }

        CacheManager node() {
            Map<Object, Object> local = new ConcurrentHashMap<>();
            nodes.add(local);
            return fake(CacheManager.class, Map.of("getCache", arguments -> {
                names.add((String) arguments[0]);
                settings.add((CacheSettings) arguments[2]);
                return cache(local, (CacheLoader<?, ?>) arguments[1]);
            }));
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private Cache<?, ?> cache(Map<Object, Object> local, CacheLoader loader) {
            return fake(Cache.class, Map.of(
                    "get", arguments -> {
                        Object kept = local.get(arguments[0]);
                        if (kept != null) {
                            return kept;
                        }
                        if (loading != null) {
                            CountDownLatch signal = loading;
                            loading = null;
                            signal.countDown();
                            awaitQuietly(resume);
                        }
                        Object loaded = loader.load(arguments[0]);
                        local.put(arguments[0], loaded);
                        return loaded;
                    },
                    "getKeys", arguments -> List.copyOf(local.keySet()),
                    "remove", arguments -> {
                        nodes.forEach(node -> node.remove(arguments[0]));
                        return null;
                    },
                    "removeAll", arguments -> {
                        nodes.forEach(Map::clear);
                        return null;
                    }));
        }

        private static void awaitQuietly(CountDownLatch latch) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        Set<Object> keysOf(int node) {
            return Set.copyOf(nodes.get(node).keySet());
        }
    }
}
