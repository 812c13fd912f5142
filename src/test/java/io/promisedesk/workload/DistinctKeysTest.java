package io.promisedesk.workload;

import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class DistinctKeysTest {

    @Test
    public void aKeyAddedTwice_isRefusedTheSecondTime() {
        DistinctKeys keys = new DistinctKeys(2);

        assertTrue(keys.add(IssueKey.parse("OPS-1")));
        assertFalse(keys.add(new IssueKey("OPS", 1)));
        assertTrue(keys.add(IssueKey.parse("OPS-2")));
    }

    @Test
    public void keysOfAlikeProjects_answerAsAHashSetDoes_upToTheExpectedCount() {
        // Projects named alike and consecutive numbers give runs of nearby hashes, the case probing must get right.
        String[] projects = {"LAA", "LAB", "LAC", "LBA"};
        Random random = new Random(7);
        int expected = 4_000;
        DistinctKeys keys = new DistinctKeys(expected);
        Set<IssueKey> reference = new HashSet<>();
        for (int added = 0; added < expected; ) {
            IssueKey key = new IssueKey(projects[random.nextInt(projects.length)], 1 + random.nextInt(1_500));
            boolean isNew = reference.add(key);
            assertEquals(key.toString(), isNew, keys.add(key));
            if (isNew) {
                added++;
            }
        }
        for (IssueKey key : reference) {
            assertFalse(key.toString(), keys.add(key));
        }
    }

    @Test
    public void moreKeysThanExpected_failLoudly_ratherThanLoopForever() {
        DistinctKeys keys = new DistinctKeys(1);
        keys.add(IssueKey.parse("OPS-1"));

        assertThrows(IllegalStateException.class, () -> keys.add(IssueKey.parse("OPS-2")));
    }
}
