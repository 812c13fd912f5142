package io.promisedesk.workload;

import io.promisedesk.work.IssueKey;

/**
 * The issue keys of one queue seen so far, to refuse a key that comes twice: an open-addressed table of a fixed size,
 * as a {@code HashSet} allocates a node per key and an assessment checks every item of the team.
 */
final class DistinctKeys {
    /** Fibonacci hashing: spreads the consecutive hashes of one project's keys over the whole table. */
    private static final int SPREAD = 0x9E3779B9;

    private final IssueKey[] slots;
    private final int shift;
    private int size;

    /** A table for {@code expected} keys at most, kept half empty or more so that probes stay short. */
    DistinctKeys(int expected) {
        int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, expected) * 2 - 1));
        this.slots = new IssueKey[1 << bits];
        this.shift = 32 - bits;
    }

    /** Adds {@code key}; false when it was there already. */
    boolean add(IssueKey key) {
        if (size == slots.length / 2) {
            throw new IllegalStateException("a table for " + size + " keys is full");
        }
        int mask = slots.length - 1;
        for (int slot = (key.hashCode() * SPREAD) >>> shift; ; slot = (slot + 1) & mask) {
            IssueKey there = slots[slot];
            if (there == null) {
                slots[slot] = key;
                size++;
                return true;
            }
            if (there.equals(key)) {
                return false;
            }
        }
    }
}
