package io.promisedesk.workload;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * A team's committed items in earliest-deadline-first order (commitment date, then issue key), each with its date as
 * an epoch day, and a table of the team's keys that finds a committed one's place; a key that comes twice is refused.
 *
 * <p>The order is found by sorting primitive longs, each packing an item's day, project rank, issue number and
 * position, when those fit in 63 bits (any real team: a few projects, numbers below a billion, dates within a
 * century). Sorting objects through {@code compareTo} cost a sixth of an assessment at 100,000 items
 * (docs/performance.md); a long sort needs no comparator calls and no pointer chasing. Queues that do not fit are
 * sorted as objects, in the same order.
 */
final class DeadlineQueue {
    private final WorkItem[] items;
    private final long[] dueDays;
    private final KeyTable keys;

    private DeadlineQueue(WorkItem[] items, long[] dueDays, KeyTable keys) {
        this.items = items;
        this.dueDays = dueDays;
        this.keys = keys;
    }

    /** The committed ones of {@code items}, ordered; refuses a key that is there twice. */
    static DeadlineQueue of(Collection<WorkItem> items) {
        // One copy of the caller's items, as an array: walked once, not kept.
        Object[] all = Require.present(items, "items").toArray();
        // Every key, only to refuse one that comes twice; the committed ones get a smaller table of their own below,
        // the one an assessment keeps.
        KeyTable seen = new KeyTable(all.length);
        WorkItem[] committed = new WorkItem[all.length];
        long[] days = new long[all.length];
        int count = 0;
        for (Object each : all) {
            WorkItem item = Require.present((WorkItem) each, "item");
            if (seen.add(item.key()) == KeyTable.ALREADY_THERE) {
                throw new InvalidValueException("key", "promisedesk.error.issueKey.duplicate",
                        "must be unique, " + item.key() + " is there twice", item.key().toString());
            }
            if (item.isCommitted()) {
                committed[count] = item;
                days[count] = item.commitment().orElseThrow().date().toEpochDay();
                count++;
            }
        }
        WorkItem[] unordered = Arrays.copyOf(committed, count);
        long[] unorderedDays = Arrays.copyOf(days, count);
        PackedOrder packed = PackedOrder.of(unordered, unorderedDays);
        int[] order = packed == null ? byObjects(unordered, unorderedDays) : packed.sorted();
        WorkItem[] ordered = new WorkItem[count];
        long[] orderedDays = new long[count];
        KeyTable keys = new KeyTable(count);
        for (int position = 0; position < count; position++) {
            ordered[position] = unordered[order[position]];
            orderedDays[position] = unorderedDays[order[position]];
            keys.place(keys.add(ordered[position].key()), position);
        }
        return new DeadlineQueue(ordered, orderedDays, keys);
    }

    int size() {
        return items.length;
    }

    WorkItem item(int position) {
        return items[position];
    }

    /** The commitment date of the item at {@code position}, as an epoch day. */
    long dueDay(int position) {
        return dueDays[position];
    }

    /** The committed keys, each with its place in this queue. */
    KeyTable keys() {
        return keys;
    }

    /** The positions of {@code items} in queue order, sorted as objects: for queues whose keys do not pack. */
    static int[] byObjects(WorkItem[] items, long[] days) {
        Queued[] queue = new Queued[items.length];
        for (int i = 0; i < items.length; i++) {
            queue[i] = new Queued(days[i], items[i].key(), i);
        }
        Arrays.sort(queue);
        int[] order = new int[items.length];
        for (int i = 0; i < queue.length; i++) {
            order[i] = queue[i].position();
        }
        return order;
    }

    private record Queued(long dueDay, IssueKey key, int position) implements Comparable<Queued> {
        @Override
        public int compareTo(Queued other) {
            int byDate = Long.compare(dueDay, other.dueDay);
            return byDate != 0 ? byDate : key.compareTo(other.key);
        }
    }

    /** The queue order as packed longs: day, project rank, number and position, most significant first. */
    static final class PackedOrder {
        private final long[] packed;
        private final long positionMask;

        private PackedOrder(long[] packed, long positionMask) {
            this.packed = packed;
            this.positionMask = positionMask;
        }

        /** The packed keys of {@code items}; null when they do not fit in 63 bits. */
        static PackedOrder of(WorkItem[] items, long[] days) {
            int count = items.length;
            if (count == 0) {
                return new PackedOrder(new long[0], 0);
            }
            long firstDay = Long.MAX_VALUE;
            long lastDay = Long.MIN_VALUE;
            long highestNumber = 0;
            // Projects are few: number them as met, then rank the names once so ranks follow String order.
            Map<String, Integer> slots = new HashMap<>();
            int[] slotOf = new int[count];
            String lastProject = null;
            int lastSlot = -1;
            for (int i = 0; i < count; i++) {
                firstDay = Math.min(firstDay, days[i]);
                lastDay = Math.max(lastDay, days[i]);
                IssueKey key = items[i].key();
                highestNumber = Math.max(highestNumber, key.number());
                String project = key.project();
                if (!project.equals(lastProject)) {
                    lastProject = project;
                    lastSlot = slots.computeIfAbsent(project, name -> slots.size());
                }
                slotOf[i] = lastSlot;
            }
            int dayBits = bits(lastDay - firstDay);
            int rankBits = bits(slots.size() - 1);
            int numberBits = bits(highestNumber);
            int positionBits = bits(count - 1);
            if (dayBits + rankBits + numberBits + positionBits > 63) {
                return null;
            }
            int[] rankOfSlot = ranks(slots);
            int numberShift = positionBits;
            int rankShift = numberShift + numberBits;
            int dayShift = rankShift + rankBits;
            long[] packed = new long[count];
            for (int i = 0; i < count; i++) {
                packed[i] = (days[i] - firstDay) << dayShift | (long) rankOfSlot[slotOf[i]] << rankShift
                        | items[i].key().number() << numberShift | i;
            }
            return new PackedOrder(packed, (1L << positionBits) - 1);
        }

        /** The positions in queue order. */
        int[] sorted() {
            long[] keys = packed.clone();
            Arrays.sort(keys);
            int[] order = new int[keys.length];
            for (int i = 0; i < keys.length; i++) {
                order[i] = (int) (keys[i] & positionMask);
            }
            return order;
        }

        private static int[] ranks(Map<String, Integer> slots) {
            String[] names = slots.keySet().toArray(String[]::new);
            Arrays.sort(names);
            int[] rankOfSlot = new int[names.length];
            for (int rank = 0; rank < names.length; rank++) {
                rankOfSlot[slots.get(names[rank])] = rank;
            }
            return rankOfSlot;
        }

        /** How many bits hold {@code value} (non-negative); none for zero. */
        private static int bits(long value) {
            return 64 - Long.numberOfLeadingZeros(value);
        }
    }
}
