package io.promisedesk.digest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where each salesperson's {@link DigestMark} is kept. Moving a mark is conditional, so that a change is claimed by
 * exactly one digest even if two runs overlap.
 */
public interface DigestLedger {

    Optional<DigestMark> markOf(String user);

    /** Every salesperson's mark. */
    List<DigestMark> marks();

    /**
     * Moves the user's mark to {@code coveredUpTo}, atomically and only while it still stands at {@code expected}
     * (empty: the user has no mark yet). Moving back is allowed: that is how a claim is released after a failed send.
     *
     * @return false, changing nothing, when the mark no longer stands at {@code expected}
     */
    boolean move(String user, Optional<Instant> expected, Instant coveredUpTo);
}
