package io.promisedesk.workload;

import org.junit.Test;

import java.time.Duration;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class SnapshotTimesTest {

    @Test
    public void theDefaults_areTenMinutes_thirtySeconds_fifteenMinutes_andThirtySeconds() {
        assertEquals(new SnapshotTimes(Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofMinutes(15),
                Duration.ofSeconds(30)), SnapshotTimes.DEFAULT);
    }

    @Test
    public void negativeOrMissingTimes_areRefused() {
        Duration minute = Duration.ofMinutes(1);
        assertThrows(IllegalArgumentException.class, () -> new SnapshotTimes(minute.negated(), minute, minute, minute));
        assertThrows(IllegalArgumentException.class, () -> new SnapshotTimes(minute, minute.negated(), minute, minute));
        assertThrows(IllegalArgumentException.class, () -> new SnapshotTimes(minute, minute, minute.negated(), minute));
        assertThrows(IllegalArgumentException.class, () -> new SnapshotTimes(minute, minute, minute, minute.negated()));
        assertThrows(RuntimeException.class, () -> new SnapshotTimes(null, minute, minute, minute));
        assertThrows(RuntimeException.class, () -> new SnapshotTimes(minute, minute, minute, null));
    }
}
