package io.promisedesk.eta;

import io.promisedesk.common.Require;
import io.promisedesk.team.Team;
import io.promisedesk.work.IssueKey;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A technician's request to set an issue's ETA.
 *
 * @param team        the team working the issue, whose time zone decides what today is
 * @param issue       the issue
 * @param author      the user setting the ETA
 * @param expectedEta the ETA the technician saw before editing; empty when there was none
 * @param eta         the new ETA
 * @param reason      why the ETA moves; trimmed, and empty when blank
 */
public record UpdateEtaCommand(
        Team team,
        IssueKey issue,
        String author,
        Optional<LocalDate> expectedEta,
        LocalDate eta,
        Optional<String> reason) {

    public UpdateEtaCommand {
        Require.present(team, "team");
        Require.present(issue, "issue");
        author = Require.notBlank(author, "author", Require.USER_NAME_LENGTH);
        Require.present(expectedEta, "expectedEta");
        Require.present(eta, "eta");
        reason = Require.optionalText(reason, "reason", EtaChange.MAX_REASON);
    }
}
