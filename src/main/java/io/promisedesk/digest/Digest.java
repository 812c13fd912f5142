package io.promisedesk.digest;

import io.promisedesk.common.Require;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * What one salesperson is told in one digest: the ETA news on their commitments and requests made after
 * {@code after} and at or before {@code upTo}, oldest first. Empty only as a preview: an empty digest is never sent.
 */
public record Digest(String user, DigestFrequency frequency, Instant after, Instant upTo, List<DigestEntry> entries) {
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
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
