package io.promisedesk.eta;

import io.promisedesk.common.Require;
import io.promisedesk.work.IssueKey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What an issue's ETA field holds after someone changed the issue outside Promise Desk's pages: its ETA (absent when
 * cleared), the reason typed beside it if still known, who changed the issue and when that was seen.
 */
public record FieldEta(IssueKey issue, Optional<LocalDate> eta, Optional<String> reason, String author, Instant seen) {
    public FieldEta {
        Require.present(issue, "issue");
        Require.present(eta, "eta");
        reason = Require.optionalText(reason, "reason", EtaChange.MAX_REASON);
        author = Require.notBlank(author, "author", Require.USER_NAME_LENGTH);
        Require.present(seen, "seen");
    }
}
