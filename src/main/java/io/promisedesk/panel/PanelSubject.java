package io.promisedesk.panel;

import io.promisedesk.common.Require;
import io.promisedesk.team.Team;
import io.promisedesk.workload.CommitmentRisk;
import io.promisedesk.workload.IssueVerdict;
import io.promisedesk.workload.VisibleAssessment;

import java.util.Optional;

/** What the overcommit panel of one issue is about: a committed issue, an uncommitted issue of a team, or no team. */
public sealed interface PanelSubject {

    /** A committed issue of {@code team}, its risk as the engine sees it and how often its ETA moved later. */
    record Committed(Team team, CommitmentRisk risk, int etaSlips) implements PanelSubject {
        public Committed {
            Require.present(team, "team");
            Require.present(risk, "risk");
            if (etaSlips < 0) {
                throw new IllegalArgumentException("etaSlips must be >= 0, was " + etaSlips);
            }
        }
    }

    /** An issue of {@code team} nobody promised: only the team's busiest commitment date, if any, is of interest. */
    record Uncommitted(Team team, Optional<IssueVerdict> peak) implements PanelSubject {
        public Uncommitted {
            Require.present(team, "team");
            Require.present(peak, "peak");
        }

        /** The team's busiest commitment date among the issues the reader may browse. */
        public static Uncommitted of(VisibleAssessment assessment) {
            return new Uncommitted(assessment.team(), assessment.peak());
        }
    }

    /** An issue no configured team works on; only a Jira admin, who can configure one, is told so. */
    record NoTeam(boolean viewerIsAdmin) implements PanelSubject {
    }
}
