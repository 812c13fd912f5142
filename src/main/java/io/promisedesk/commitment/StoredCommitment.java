package io.promisedesk.commitment;

import io.promisedesk.common.Require;
import io.promisedesk.work.IssueKey;

import java.time.Instant;
import java.util.Optional;

/**
 * A commitment as sales set it on an issue: the promise, a short note for colleagues, who set it and when.
 *
 * @param issue      the issue promised
 * @param commitment the date and the customer
 * @param note       free text such as "confirmed by phone with Jan"; trimmed, and empty when blank
 * @param author     the user who set it
 * @param at         when it was set
 * @param informed   the e-mail addresses of people outside Jira it keeps informed; none before addresses existed
 */
public record StoredCommitment(IssueKey issue, Commitment commitment, Optional<String> note, String author, Instant at,
                               InformedAddresses informed) {
    /** A note is a line or two; the sales page shows it in full. */
    public static final int MAX_NOTE = 500;

    public StoredCommitment {
        Require.present(issue, "issue");
        Require.present(commitment, "commitment");
        note = Require.optionalText(note, "note", MAX_NOTE);
        author = Require.notBlank(author, "author", Require.USER_NAME_LENGTH);
        Require.present(at, "at");
        Require.present(informed, "informed");
    }

    /** A commitment that keeps nobody outside Jira informed. */
    public StoredCommitment(IssueKey issue, Commitment commitment, Optional<String> note, String author, Instant at) {
        this(issue, commitment, note, author, at, InformedAddresses.none());
    }
}
