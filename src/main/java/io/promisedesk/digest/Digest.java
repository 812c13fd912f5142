package io.promisedesk.digest;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;

import io.promisedesk.work.IssueKey;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one salesperson is told in one digest: the ETA news on their commitments and requests made after
 * {@code after} and at or before {@code upTo}, oldest first, with the summaries of those of their issues that have one.
 * Empty only as a preview: an empty digest is never sent.
 */
public record Digest(String user, DigestFrequency frequency, Instant after, Instant upTo, List<DigestEntry> entries,
                     Map<IssueKey, String> summaries) {
    public Digest {
        user = Require.notBlank(user, "user", Require.USER_NAME_LENGTH);
        Require.present(frequency, "frequency");
        Require.present(after, "after");
        Require.present(upTo, "upTo");
        if (upTo.isBefore(after)) {
            throw new IllegalArgumentException("digest of " + user + " must end at or after " + after
                    + ", ended at " + upTo);
        }
        entries = Require.present(entries, "entries").stream()
                .map(entry -> Require.present(entry, "entries"))
                .sorted(Comparator.comparing((DigestEntry entry) -> entry.change().when())
                        .thenComparing(entry -> entry.change().issue().toString()))
                .toList();
        for (DigestEntry entry : entries) {
            Instant when = entry.change().when();
            if (!when.isAfter(after) || when.isAfter(upTo)) {
                throw new IllegalArgumentException("change on " + entry.change().issue() + " at " + when
                        + " is outside the digest's period (" + after + ", " + upTo + "]");
            }
        }
        summaries = Map.copyOf(Require.present(summaries, "summaries"));
        for (Map.Entry<IssueKey, String> summary : summaries.entrySet()) {
            // A summary is read only for the issues the reader is told of, so none of another issue may come along.
            if (entries.stream().noneMatch(entry -> entry.change().issue().equals(summary.getKey()))) {
                throw new IllegalArgumentException("summary of " + summary.getKey() + " is of no issue in the digest");
            }
            // Jira's summary as Jira holds it: shown escaped, never stored, so only its presence is ours to check.
            if (Require.present(summary.getValue(), "summary of " + summary.getKey()).isBlank()) {
                throw new InvalidValueException("summary of " + summary.getKey(), "promisedesk.error.blank",
                        "must not be blank");
            }
        }
    }

    /** A digest whose issues are named by their keys alone. */
    public Digest(String user, DigestFrequency frequency, Instant after, Instant upTo, List<DigestEntry> entries) {
        this(user, frequency, after, upTo, entries, Map.of());
    }

    /** The issue's summary when it had one as the digest was made. */
    public Optional<String> summaryOf(IssueKey issue) {
        return Optional.ofNullable(summaries.get(issue));
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
