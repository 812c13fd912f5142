package io.promisedesk.workload;

import io.promisedesk.common.Require;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A team's assessment as a reader gets it at {@code servedAt}, and since when it is known to miss a change when it
 * does: a change made on another node, a move, or a settings change that this node is still searching again for.
 */
public record TeamSnapshot(TeamAssessment assessment, Optional<Instant> staleSince, Instant servedAt) {
    public TeamSnapshot {
        Require.present(assessment, "assessment");
        Require.present(staleSince, "staleSince");
        Require.present(servedAt, "servedAt");
    }

    /** How long the figures had been known to miss a change when served; zero when they are up to date. */
    public Duration staleFor() {
        return staleSince.map(since -> Duration.between(since, servedAt)).filter(age -> !age.isNegative())
                .orElse(Duration.ZERO);
    }
}
