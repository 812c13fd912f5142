package io.promisedesk.workload;

import io.promisedesk.common.Require;

import java.time.Instant;
import java.util.Optional;

/**
 * What the overcommit panel of one issue shows: the commitment risk, its team's load, or nothing; with since
 * when the team's figures are known to miss a change, when they are ({@link TeamSnapshot#staleSince()}).
 */
public sealed interface OvercommitOutcome
        permits OvercommitOutcome.Committed, OvercommitOutcome.Uncommitted, OvercommitOutcome.NoTeam {

    /** The issue is committed and unresolved in a configured team: its risk against the team's capacity. */
    record Committed(CommitmentRisk risk, Optional<Instant> staleSince) implements OvercommitOutcome {
        public Committed {
            Require.present(risk, "risk");
            Require.present(staleSince, "staleSince");
        }

        /** Figures known to be up to date. */
        public Committed(CommitmentRisk risk) {
            this(risk, Optional.empty());
        }
    }

    /**
     * The issue belongs to a configured team but carries no unresolved commitment: the team's current load, so a
     * technician sees what a commitment would join, as the reader may see it.
     */
    record Uncommitted(VisibleAssessment team, Optional<Instant> staleSince) implements OvercommitOutcome {
        public Uncommitted {
            Require.present(team, "team");
            Require.present(staleSince, "staleSince");
        }

        /** Figures known to be up to date. */
        public Uncommitted(VisibleAssessment team) {
            this(team, Optional.empty());
        }
    }

    /** No configured team claims the issue: there is no load to show. */
    record NoTeam() implements OvercommitOutcome {
    }
}
