package io.promisedesk.workload;

import io.promisedesk.common.Require;

import java.time.Duration;

/**
 * How {@link TeamSnapshots} trades freshness for searches.
 *
 * @param waitWhenStaleFor a reader waits for the refresh rather than get a snapshot known to miss a change for longer
 *                         than this (in the plugin the admin's {@link StaleWaitBound} replaces it; tests set it here)
 * @param refreshSpacing   a snapshot made stale by other nodes' changes is searched again at most this often, so that
 *                         a busy team elsewhere does not keep this node searching
 * @param reconcileEvery   a snapshot is searched again in the background when its last full search is older than this,
 *                         to catch changes no event announced (bulk imports, direct database writes)
 * @param longestWait      a reader waiting for the refresh of a stale snapshot gets the stale one after this long, so
 *                         that a search that hangs does not hold every reader of the team (wall-clock time)
 */
public record SnapshotTimes(Duration waitWhenStaleFor, Duration refreshSpacing, Duration reconcileEvery,
                            Duration longestWait) {
    /** Ten minutes, thirty seconds, fifteen minutes; thirty seconds. */
    public static final SnapshotTimes DEFAULT = new SnapshotTimes(Duration.ofMinutes(10), Duration.ofSeconds(30),
            Duration.ofMinutes(15), Duration.ofSeconds(30));

    public SnapshotTimes {
        Require.present(waitWhenStaleFor, "waitWhenStaleFor");
        Require.present(refreshSpacing, "refreshSpacing");
        Require.present(reconcileEvery, "reconcileEvery");
        Require.present(longestWait, "longestWait");
        if (waitWhenStaleFor.isNegative() || refreshSpacing.isNegative() || reconcileEvery.isNegative()
                || longestWait.isNegative()) {
            throw new IllegalArgumentException("snapshot times must not be negative");
        }
    }
}
