package io.promisedesk.chart;

import io.promisedesk.workload.LoadRatio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where dates and loads land in the chart's fixed viewBox: dates from today to the window's end left to right, loads
 * from 0 at the bottom to a top of whole steps that leaves the critical line at most half way up.
 *
 * <p>Coordinates are strings with one decimal and a '.', whatever the reader's language, because SVG reads
 * numbers only that way.
 */
final class ChartScale {
    static final int WIDTH = 720;
    static final int HEIGHT = 320;
    static final int PLOT_LEFT = 64;
    static final int PLOT_RIGHT = 540;
    static final int PLOT_TOP = 40;
    static final int PLOT_BOTTOM = 240;
    /** Overdue commitments share one slot left of today, so they never sit on today's date. */
    static final int OVERDUE_X = 84;
    static final int DATES_LEFT = 136;
    static final int DATES_RIGHT = 528;
    /** Candidate steps between percentage lines, in thousandths; the first giving at most six steps wins. */
    private static final long[] STEPS = {250, 500, 1_000, 2_000, 2_500, 5_000, 10_000};
    private static final int MAX_STEPS = 6;

    private final LocalDate today;
    private final long windowDays;
    private final long topMilli;
    private final long stepMilli;

    private ChartScale(LocalDate today, long windowDays, long topMilli, long stepMilli) {
        this.today = today;
        this.windowDays = windowDays;
        this.topMilli = topMilli;
        this.stepMilli = stepMilli;
    }

    /**
     * A scale whose top is at least twice the critical threshold, to show headroom above it, and reaches the highest
     * finite load up to four times critical; higher loads are clipped rather than squashing the thresholds flat.
     */
    static ChartScale of(LocalDate today, LocalDate end, long criticalMilli, long highestFiniteMilli) {
        long wanted = Math.min(Math.max(2 * criticalMilli, highestFiniteMilli), 4 * criticalMilli);
        long step = STEPS[STEPS.length - 1];
        for (long candidate : STEPS) {
            if (ceilDiv(wanted, candidate) <= MAX_STEPS) {
                step = candidate;
                break;
            }
        }
        return new ChartScale(today, ChronoUnit.DAYS.between(today, end), ceilDiv(wanted, step) * step, step);
    }

    long topMilli() {
        return topMilli;
    }

    long stepMilli() {
        return stepMilli;
    }

    String x(LoadPoint point) {
        return point.overdue() ? number(OVERDUE_X) : x(point.date());
    }

    String x(LocalDate date) {
        BigDecimal days = BigDecimal.valueOf(ChronoUnit.DAYS.between(today, date));
        return fixed(BigDecimal.valueOf(DATES_LEFT).add(days.multiply(BigDecimal.valueOf(DATES_RIGHT - DATES_LEFT))
                .divide(BigDecimal.valueOf(windowDays), 3, RoundingMode.HALF_UP)));
    }

    /** Whether the load lies above the top, infinite included. */
    boolean clips(LoadRatio load) {
        return load.isInfinite() || milliOf(load).compareTo(BigDecimal.valueOf(topMilli)) > 0;
    }

    /** The load's height; clipped loads sit on the top line. */
    String y(LoadRatio load) {
        if (clips(load)) {
            return number(PLOT_TOP);
        }
        return y(milliOf(load));
    }

    String y(long milli) {
        return y(BigDecimal.valueOf(milli));
    }

    private String y(BigDecimal milli) {
        BigDecimal height = BigDecimal.valueOf(PLOT_BOTTOM - PLOT_TOP);
        return fixed(BigDecimal.valueOf(PLOT_BOTTOM).subtract(
                height.multiply(milli).divide(BigDecimal.valueOf(topMilli), 3, RoundingMode.HALF_UP)));
    }

    /** The exact load in thousandths, kept as a fraction's quotient to many places so no rounding shows in pixels. */
    private static BigDecimal milliOf(LoadRatio load) {
        if (load.capacity() == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(load.work()).multiply(BigDecimal.valueOf(1_000))
                .divide(BigDecimal.valueOf(load.capacity()), 6, RoundingMode.HALF_UP);
    }

    static String number(int value) {
        return fixed(BigDecimal.valueOf(value));
    }

    static String fixed(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
