package io.promisedesk.commitment;

import io.promisedesk.common.Require;

import java.util.Optional;

/**
 * An issue's commitment as stored now, with the one it replaced, so that a change never loses what was promised
 * before.
 */
public record SavedCommitment(StoredCommitment current, Optional<StoredCommitment> previous) {
    public SavedCommitment {
        Require.present(current, "current");
        Require.present(previous, "previous");
        if (previous.isPresent() && !previous.get().issue().equals(current.issue())) {
            throw new IllegalArgumentException("previous commitment of " + previous.get().issue()
                    + " must be of the same issue as " + current.issue());
        }
    }
}
