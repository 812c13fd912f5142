package io.promisedesk.health;

import io.promisedesk.common.Require;

import java.time.Instant;
import java.util.Optional;

/** The port that says how the host's scheduler holds the hourly digest job. */
public interface DigestJobProbe {

    DigestJob job();

    /**
     * The job's id, whether the scheduler holds it, whether this node has its runner, and when it runs next (empty
     * when the scheduler gives no time).
     */
    record DigestJob(String id, boolean scheduled, boolean runnerRegistered, Optional<Instant> nextRun) {
        public DigestJob {
            Require.present(id, "id");
            Require.present(nextRun, "nextRun");
        }
    }
}
