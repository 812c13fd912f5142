package io.promisedesk.eta;

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
        Checks.required(team, "team");
        Checks.required(issue, "issue");
        author = Checks.author(author);
        Checks.required(expectedEta, "expectedEta");
        Checks.required(eta, "eta");
        reason = Checks.reason(reason);
    }
}
