package io.promisedesk.review;

import io.promisedesk.common.Require;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;

/**
 * How many commitments were delivered in the 90 days up to {@code today}, and how many of them on time; the window
 * is the delivery dates in {@code (today - 90, today]}, so it holds exactly 90 days and today is in it.
 */
public record DeliveryRecord(LocalDate today, int delivered, int onTime) {
    public static final int WINDOW_DAYS = 90;

    public DeliveryRecord {
        Require.present(today, "today");
        if (delivered < 0 || onTime < 0 || onTime > delivered) {
            throw new IllegalArgumentException("onTime must be from 0 to delivered " + delivered + ", was " + onTime);
        }
    }

    /** The record of the {@code commitments} delivered within the window; the others do not count. */
    public static DeliveryRecord of(Collection<DeliveredCommitment> commitments, LocalDate today) {
        Require.present(commitments, "commitments");
        List<DeliveredCommitment> recent = commitments.stream()
                .filter(commitment -> deliveredWithinWindow(commitment, today)).toList();
        int onTime = (int) recent.stream().filter(DeliveredCommitment::isOnTime).count();
        return new DeliveryRecord(today, recent.size(), onTime);
    }

    /**
     * Delivered after {@code today - 90} and not after today: counting today as day 1, day 90 ({@code today - 89})
     * is in the window and day 91 ({@code today - 90}) is not; a delivery dated after today is not yet history.
     */
    public static boolean deliveredWithinWindow(DeliveredCommitment commitment, LocalDate today) {
        LocalDate delivered = commitment.delivered();
        return delivered.isAfter(firstExcludedDay(today)) && !delivered.isAfter(today);
    }

    /** The last day before the window, {@code today - 90}. */
    public static LocalDate firstExcludedDay(LocalDate today) {
        return today.minusDays(WINDOW_DAYS);
    }

    /** The first day in the window, {@code today - 89}. */
    public LocalDate from() {
        return firstExcludedDay(today).plusDays(1);
    }

    public int late() {
        return delivered - onTime;
    }

    public boolean hasDeliveries() {
        return delivered > 0;
    }

    /**
     * The share on time in whole percent, rounded down so that 100% means every one was on time; empty without
     * deliveries, because none delivered is no record at all, not a record of 0%.
     */
    public OptionalInt onTimePercent() {
        return delivered == 0 ? OptionalInt.empty() : OptionalInt.of((int) (onTime * 100L / delivered));
    }
}
