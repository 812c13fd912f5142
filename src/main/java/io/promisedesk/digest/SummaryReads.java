package io.promisedesk.digest;

import io.promisedesk.work.IssueKey;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The summaries of the issues in a digest. Made anew for each run or preview, it reads each issue's summary once,
 * however many salespeople are told of it; it is only ever given entries {@link BrowseChecks} let through, so it
 * reads nothing of an issue the reader may not browse.
 */
final class SummaryReads {
    private final IssueSummaries summaries;
    private final Map<IssueKey, Optional<String>> read = new HashMap<>();

    SummaryReads(IssueSummaries summaries) {
        this.summaries = summaries;
    }

    /** The summary of each issue of the entries that has one; a blank summary counts as none. */
    Map<IssueKey, String> of(List<DigestEntry> entries) {
        Map<IssueKey, String> found = new LinkedHashMap<>();
        for (DigestEntry entry : entries) {
            IssueKey issue = entry.change().issue();
            read.computeIfAbsent(issue, key -> summaries.summaryOf(key).filter(summary -> !summary.isBlank()))
                    .ifPresent(summary -> found.put(issue, summary));
        }
        return found;
    }
}
