package io.promisedesk.workload;

import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;

public class KeyTableTest {

    @Test
    public void aKeyAddedTwice_isRefusedTheSecondTime() {
        KeyTable keys = new KeyTable(2);

        assertNotEquals(KeyTable.ALREADY_THERE, keys.add(IssueKey.parse("OPS-1")));
        assertEquals(KeyTable.ALREADY_THERE, keys.add(new IssueKey("OPS", 1)));
        assertNotEquals(KeyTable.ALREADY_THERE, keys.add(IssueKey.parse("OPS-2")));
    }

    @Test
    public void keysOfAlikeProjects_answerAsAHashMapDoes_upToTheExpectedCount() {
        // Projects named alike and consecutive numbers give runs of nearby hashes, the case probing must get right.
        String[] projects = {"LAA", "LAB", "LAC", "LBA"};
        Random random = new Random(7);
        int expected = 4_000;
        KeyTable keys = new KeyTable(expected);
        Map<IssueKey, Integer> reference = new HashMap<>();
        for (int added = 0; added < expected; ) {
            IssueKey key = new IssueKey(projects[random.nextInt(projects.length)], 1 + random.nextInt(1_500));
            boolean isNew = !reference.containsKey(key);
            int slot = keys.add(key);
            assertEquals(key.toString(), isNew, slot != KeyTable.ALREADY_THERE);
            if (isNew) {
                // Every other key is queued, at a place of its own.
                int position = added % 2 == 0 ? added : -1;
                if (position >= 0) {
                    keys.place(slot, position);
                }
                reference.put(key, position);
                added++;
            }
        }
        for (Map.Entry<IssueKey, Integer> key : reference.entrySet()) {
            assertEquals(key.getKey().toString(), KeyTable.ALREADY_THERE, keys.add(key.getKey()));
            assertEquals(key.getKey().toString(), (int) key.getValue(), keys.positionOf(key.getKey()));
        }
        assertEquals(-1, keys.positionOf(new IssueKey("LZZ", 1)));
    }

    @Test
    public void aKeyNeverPlaced_hasNoPosition() {
        KeyTable keys = new KeyTable(2);
        keys.add(IssueKey.parse("OPS-1"));

        assertEquals(-1, keys.positionOf(IssueKey.parse("OPS-1")));
        assertEquals(-1, keys.positionOf(IssueKey.parse("OPS-2")));
    }

    @Test
    public void moreKeysThanExpected_failLoudly_ratherThanLoopForever() {
        KeyTable keys = new KeyTable(1);
        keys.add(IssueKey.parse("OPS-1"));

        assertThrows(IllegalStateException.class, () -> keys.add(IssueKey.parse("OPS-2")));
    }
}
