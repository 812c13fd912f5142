package io.promisedesk.commitment;

import io.promisedesk.common.Require;
import io.promisedesk.team.Team;
import io.promisedesk.work.WorkItem;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A salesperson's request to set or change an issue's commitment.
 *
 * @param team     the team working the issue: its time zone decides what today is, its workload whether the date holds
 * @param issue    the issue as it is now: its commitment is the one {@code expected} must still be, its remaining
 *                 work what the promise check weighs
 * @param author   the user setting the commitment
 * @param expected the commitment the salesperson saw before editing; empty when the issue had none
 * @param date     the date to promise
 * @param customer the customer it is promised to
 * @param note     a short note for colleagues; trimmed, and empty when blank
 * @param informed the e-mail addresses of people outside Jira to keep informed; empty to keep those of the
 *                 commitment it replaces (a path that does not show them, such as Jira's own edit screen, loses none)
 */
public record SetCommitmentCommand(
        Team team,
        WorkItem issue,
        String author,
        Optional<Commitment> expected,
        LocalDate date,
        Customer customer,
        Optional<String> note,
        Optional<InformedAddresses> informed) {

    public SetCommitmentCommand {
        Require.present(team, "team");
        Require.present(issue, "issue");
        author = Require.notBlank(author, "author", Require.USER_NAME_LENGTH);
        Require.present(expected, "expected");
        Require.present(date, "commitment");
        Require.present(customer, "customer");
        note = Require.optionalText(note, "note", StoredCommitment.MAX_NOTE);
        Require.present(informed, "informed");
    }

    /** A request that keeps whoever the replaced commitment kept informed. */
    public SetCommitmentCommand(Team team, WorkItem issue, String author, Optional<Commitment> expected, LocalDate date,
                                Customer customer, Optional<String> note) {
        this(team, issue, author, expected, date, customer, note, Optional.empty());
    }
}
