package io.promisedesk.inbox;

import io.promisedesk.common.Require;
import io.promisedesk.commitment.Customer;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A salesperson's ask for an issue's ETA.
 *
 * @param issue          the issue
 * @param team           the team working the issue, whose inbox the request goes to
 * @param requester      the user asking
 * @param customer       the customer the ETA is for
 * @param urgency        how soon the answer is needed
 * @param question       what exactly sales wants to know; trimmed, and empty when blank
 * @param commitmentDate the issue's commitment date now, if it has one
 */
public record AskForEtaCommand(
        IssueKey issue,
        TeamKey team,
        String requester,
        Customer customer,
        Urgency urgency,
        Optional<String> question,
        Optional<LocalDate> commitmentDate) {

    public AskForEtaCommand {
        Require.present(issue, "issue");
        Require.present(team, "team");
        requester = Require.notBlank(requester, "requester", Require.USER_NAME_LENGTH);
        Require.present(customer, "customer");
        Require.present(urgency, "urgency");
        question = Require.optionalText(question, "question", Ask.MAX_QUESTION);
        Require.present(commitmentDate, "commitmentDate");
    }
}
