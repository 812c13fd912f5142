package io.promisedesk.workload;

import io.promisedesk.common.Require;
import io.promisedesk.team.TeamKey;

/** What became of a question "can this team promise this?": an answer, or no such team to ask. */
public sealed interface PromiseOutcome permits PromiseOutcome.Answered, PromiseOutcome.UnknownTeam {

    /** The team's answer on its current snapshot. */
    record Answered(PromiseAnswer answer) implements PromiseOutcome {
        public Answered {
            Require.present(answer, "answer");
        }
    }

    /** No team is configured under the key asked about, for instance one removed while a form was open. */
    record UnknownTeam(TeamKey team) implements PromiseOutcome {
        public UnknownTeam {
            Require.present(team, "team");
        }
    }
}
