package io.promisedesk.workload;

import io.promisedesk.common.Require;

/** What the overcommit panel of one issue shows: the commitment risk, its team's load, or nothing. */
public sealed interface OvercommitOutcome
        permits OvercommitOutcome.Committed, OvercommitOutcome.Uncommitted, OvercommitOutcome.NoTeam {

    /** The issue is committed and unresolved in a configured team: its risk against the team's capacity. */
    record Committed(CommitmentRisk risk) implements OvercommitOutcome {
        public Committed {
            Require.present(risk, "risk");
        }
    }

    /**
     * The issue belongs to a configured team but carries no unresolved commitment: the team's current load, so a
     * technician sees what a commitment would join, as the reader may see it.
     */
    record Uncommitted(VisibleAssessment team) implements OvercommitOutcome {
        public Uncommitted {
            Require.present(team, "team");
        }
    }

    /** No configured team claims the issue: there is no load to show. */
    record NoTeam() implements OvercommitOutcome {
    }
}
