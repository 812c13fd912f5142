package io.promisedesk.digest;

import io.promisedesk.work.IssueKey;

import java.util.Optional;

/** An issue's summary as its tracker has it now, so that a digest names each issue by more than its key. */
@FunctionalInterface
public interface IssueSummaries {
    /** Empty when there is no such issue any more, or it has no summary. */
    Optional<String> summaryOf(IssueKey issue);
}
