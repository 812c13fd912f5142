package io.promisedesk.workload;

import io.promisedesk.work.IssueKey;

/**
 * The issue keys of one queue: refuses a key that comes twice, and finds where a committed key stands in the queue.
 * An open-addressed table of a fixed size, as a {@code HashSet} or {@code HashMap} allocates a node per key and an
 * assessment checks every item of the team.
 */
final class KeyTable {
    /** What {@link #add} answers for a key that is there already. */
    static final int ALREADY_THERE = -1;
    /** Fibonacci hashing: spreads the consecutive hashes of one project's keys over the whole table. */
    private static final int SPREAD = 0x9E3779B9;

    private final IssueKey[] slots;
    /** Each slot's place in the queue plus one, 0 for a key not queued; made by the first {@link #place}. */
    private int[] positions;
    private final int shift;
    private int size;

    /** A table for {@code expected} keys at most, kept half empty or more so that probes stay short. */
    KeyTable(int expected) {
        int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, expected) * 2 - 1));
        this.slots = new IssueKey[1 << bits];
        this.shift = 32 - bits;
    }

    /** Adds {@code key}: its slot, or {@link #ALREADY_THERE}. */
    int add(IssueKey key) {
        if (size == slots.length / 2) {
            throw new IllegalStateException("a table for " + size + " keys is full");
        }
        int mask = slots.length - 1;
        for (int slot = (key.hashCode() * SPREAD) >>> shift; ; slot = (slot + 1) & mask) {
            IssueKey there = slots[slot];
            if (there == null) {
                slots[slot] = key;
                size++;
                return slot;
            }
            if (there.equals(key)) {
                return ALREADY_THERE;
            }
        }
    }

    /** Records that the key in {@code slot} (as {@link #add} answered) stands at {@code position} in the queue. */
    void place(int slot, int position) {
        if (positions == null) {
            positions = new int[slots.length];
        }
        positions[slot] = position + 1;
    }

    /** Where {@code key} stands in the queue; -1 when it is not in the table or not queued. */
    int positionOf(IssueKey key) {
        int mask = slots.length - 1;
        for (int slot = (key.hashCode() * SPREAD) >>> shift; ; slot = (slot + 1) & mask) {
            IssueKey there = slots[slot];
            if (there == null) {
                return -1;
            }
            if (there.equals(key)) {
                return positions == null ? -1 : positions[slot] - 1;
            }
        }
    }
}
