package io.promisedesk.commitment;

import io.promisedesk.common.Require;
import io.promisedesk.work.IssueKey;

import java.time.Instant;
import java.util.Optional;

/**
 * What an issue's Sales Commitment field holds after someone changed the issue outside Promise Desk's pages: the
 * commitment (absent when cleared), its note, the addresses typed on the field's edit form if that form changed
 * them, who changed the issue (absent when nobody was signed in) and when that was seen.
 */
public record FieldCommitment(IssueKey issue, Optional<Commitment> commitment, Optional<String> note,
                              Optional<InformedAddresses> typed, Optional<String> author, Instant seen) {
    public FieldCommitment {
        Require.present(issue, "issue");
        Require.present(commitment, "commitment");
        note = Require.optionalText(note, "note", StoredCommitment.MAX_NOTE);
        Require.present(typed, "typed");
        author = Require.present(author, "author").filter(name -> !name.isBlank());
        Require.present(seen, "seen");
    }
}
