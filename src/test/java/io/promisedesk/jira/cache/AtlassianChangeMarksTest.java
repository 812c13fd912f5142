package io.promisedesk.jira.cache;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static io.promisedesk.fixtures.WorkloadWorld.NETWORK;
import static io.promisedesk.fixtures.WorkloadWorld.PLATFORM;
import static io.promisedesk.jira.JiraFakes.fake;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;

/**
 * Change marks on Atlassian Cache, on a fake cluster of two nodes whose cache is replicated by copy: a put on one node
 * puts the same text on both.
 */
public class AtlassianChangeMarksTest {
    private final FakeCluster cluster = new FakeCluster();
    private final AtlassianChangeMarks nodeA = new AtlassianChangeMarks(cluster.node());
    private final AtlassianChangeMarks nodeB = new AtlassianChangeMarks(cluster.node());

    @Test
    public void theMarks_areOneRemoteCacheReplicatedByCopy_withoutALoader() {
        assertEquals(List.of(AtlassianChangeMarks.NAME, AtlassianChangeMarks.NAME), cluster.names);
        assertEquals(2, cluster.settings.size());
        cluster.settings.forEach(settings -> {
            assertEquals("remote", Boolean.FALSE, settings.getLocal());
            assertEquals("replicated by copy", Boolean.TRUE, settings.getReplicateViaCopy());
        });
        assertEquals(List.of("no loader", "no loader"), cluster.loaders);
    }

    @Test
    public void aTeamNobodyMarked_hasNoMark() {
        assertEquals(Optional.empty(), nodeA.markOf(PLATFORM));
    }

    @Test
    public void aMarkMadeOnOneNode_isReadOnEveryNode_underTheTeamsKey_asText() {
        String mark = nodeA.touch(PLATFORM);

        assertEquals(Optional.of(mark), nodeA.markOf(PLATFORM));
        assertEquals(Optional.of(mark), nodeB.markOf(PLATFORM));
        assertEquals(mark, cluster.values.get("platform"));
        assertEquals(Optional.empty(), nodeB.markOf(NETWORK));
    }

    @Test
    public void everyTouch_makesANewMark() {
        String first = nodeA.touch(PLATFORM);

        String second = nodeB.touch(PLATFORM);

        assertNotEquals(first, second);
        assertEquals(Optional.of(second), nodeA.markOf(PLATFORM));
    }

    @Test
    public void missingArguments_areRefused() {
        assertThrows(RuntimeException.class, () -> nodeA.markOf(null));
        assertThrows(RuntimeException.class, () -> nodeA.touch(null));
        assertThrows(RuntimeException.class, () -> new AtlassianChangeMarks(null));
    }

    /** One map stands for the cache's copies on every node: replication by copy made instant. */
    private static final class FakeCluster {
        final List<String> names = new ArrayList<>();
        final List<CacheSettings> settings = new ArrayList<>();
        final List<String> loaders = new ArrayList<>();
        final Map<String, String> values = new ConcurrentHashMap<>();

        CacheManager node() {
            return fake(CacheManager.class, Map.of("getCache", arguments -> {
                names.add((String) arguments[0]);
                loaders.add(arguments[1] == null ? "no loader" : "a loader");
                settings.add((CacheSettings) arguments[2]);
                return fake(Cache.class, Map.of(
                        "get", key -> values.get((String) key[0]),
                        "put", entry -> values.put((String) entry[0], (String) entry[1])));
            }));
        }
    }
}
