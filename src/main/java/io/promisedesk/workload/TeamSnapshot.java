package io.promisedesk.workload;

import io.promisedesk.common.Require;

import java.time.Instant;
import java.util.Optional;

/**
 * A team's assessment as a reader gets it, and since when it is known to miss a change when it does: a change made on
 * another node, a move, or a settings change that this node is still searching again for.
 */
public record TeamSnapshot(TeamAssessment assessment, Optional<Instant> staleSince) {
    public TeamSnapshot {
        Require.present(assessment, "assessment");
        Require.present(staleSince, "staleSince");
    }
}
