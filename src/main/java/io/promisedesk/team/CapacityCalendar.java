package io.promisedesk.team;

import io.promisedesk.common.Decimal;
import io.promisedesk.common.Hours;
import io.promisedesk.common.PlanningHorizon;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A team's capacity from today on, held as cumulative hours per day through the {@link PlanningHorizon} so that
 * "capacity until d" is one lookup and "the date capacity reaches X" one binary search.
 *
 * <p>Capacity is counted in units of {@code 1 / (workingDaysPerWeek * 1,000,000)} hours: a member's day
 * is then exactly {@code weeklyMillis * focusMilli} units, so every sum and comparison is exact.
 *
 * <p>The calendar never holds more than the horizon's days, whatever dates it is asked about: capacity through a
 * later date (a commitment stored before the horizon was enforced, a scenario's) is counted from the working weekdays
 * in between, less the non-working dates and absences that fall there, so it costs no more memory than the team's
 * own dates. It is exact up to {@link #MAX_UNITS}, which no team reaches in centuries, and stays there.
 */
public final class CapacityCalendar {
    /** Forecasts and promises look this far ahead and no further. */
    public static final int HORIZON_YEARS = PlanningHorizon.YEARS;
    /**
     * The most capacity any date is counted with, so that a threshold times it still fits a long: a team of a hundred
     * full-time members reaches it only some six hundred years ahead.
     */
    public static final long MAX_UNITS = Long.MAX_VALUE / Thresholds.MAX_MILLI;

    private final LocalDate today;
    private final long todayEpochDay;
    private final LocalDate horizon;
    private final long unitsPerMilliHour;
    private final long[] cumulative;
    /** Working days in {@code today..today+i}: distances between dates in the calendar are one subtraction. */
    private final int[] cumulativeWorkingDays;
    private final Team team;
    /** For distances reaching outside the calendar only, so made on the first: a race makes two equal ones. */
    private WorkingDays workingDays;
    private final WorkingWeek week;
    /** The capacity of every member on a working day, and the days past the horizon that lose some of it. */
    private final long fullDay;
    private final long[] laterLossDays;
    private final long[] cumulativeLaterLoss;

    private CapacityCalendar(Team team, LocalDate today) {
        this.today = today;
        this.todayEpochDay = today.toEpochDay();
        this.horizon = PlanningHorizon.lastDate(today);
        this.unitsPerMilliHour = team.workingWeek().daysPerWeek() * Decimal.ONE;
        int days = Math.toIntExact(horizon.toEpochDay() - todayEpochDay + 1);
        this.cumulative = new long[days];
        this.cumulativeWorkingDays = new int[days];
        this.fullDay = fullDay(team);
        this.team = team;
        this.week = team.workingWeek();
        SortedMap<Long, Long> laterLoss = new TreeMap<>();
        fillCumulative(team, laterLoss);
        this.laterLossDays = laterLoss.keySet().stream().mapToLong(Long::longValue).toArray();
        this.cumulativeLaterLoss = new long[laterLossDays.length];
        long loss = 0;
        int index = 0;
        for (long dayLoss : laterLoss.values()) {
            loss += dayLoss;
            cumulativeLaterLoss[index++] = loss;
        }
    }

    /** The calendar from {@code today} through the horizon; dates after it are answered without holding them. */
    public static CapacityCalendar of(Team team, LocalDate today) {
        return new CapacityCalendar(team, today);
    }

    private static long fullDay(Team team) {
        long focus = team.focusFactor().milli();
        long day = 0;
        for (Member member : team.members()) {
            day += member.weeklyHours().millis() * focus;
        }
        return day;
    }

    /**
     * Fills both running totals in one pass over plain arrays: per day the working weekday's full capacity, less
     * team non-working dates and member absences placed by index, so building costs a few microseconds a year.
     * Each team date is read once: those past the horizon go into {@code laterLoss} (by epoch day) instead, a whole
     * day for a team non-working weekday, a member's day for their absence on a working day.
     */
    private void fillCumulative(Team team, SortedMap<Long, Long> laterLoss) {
        int days = cumulative.length;
        long focus = team.focusFactor().milli();
        boolean[] workingWeekday = new boolean[7];
        for (DayOfWeek weekday : team.workingWeek().days()) {
            workingWeekday[weekday.ordinal()] = true;
        }
        boolean[] working = new boolean[days];
        int weekday = today.getDayOfWeek().ordinal();
        for (int i = 0; i < days; i++) {
            working[i] = workingWeekday[weekday];
            weekday = weekday == 6 ? 0 : weekday + 1;
        }
        for (LocalDate holiday : team.nonWorkingDates()) {
            long epochDay = holiday.toEpochDay();
            long index = epochDay - todayEpochDay;
            if (index >= 0 && index < days) {
                working[(int) index] = false;
            } else if (index >= days && workingWeekday[holiday.getDayOfWeek().ordinal()]) {
                laterLoss.merge(epochDay, fullDay, Long::sum);
            }
        }
        // Each day's own capacity first, made running totals in place below.
        long[] dayCapacity = cumulative;
        for (int i = 0; i < days; i++) {
            dayCapacity[i] = working[i] ? fullDay : 0;
        }
        for (Member member : team.members()) {
            long memberDay = member.weeklyHours().millis() * focus;
            for (LocalDate absence : member.absences()) {
                long epochDay = absence.toEpochDay();
                long index = epochDay - todayEpochDay;
                if (index >= 0 && index < days) {
                    if (working[(int) index]) {
                        dayCapacity[(int) index] -= memberDay;
                    }
                } else if (index >= days && team.isWorkingDay(absence)) {
                    laterLoss.merge(epochDay, memberDay, Long::sum);
                }
            }
        }
        long capacity = 0;
        int workingDays = 0;
        for (int i = 0; i < days; i++) {
            capacity += dayCapacity[i];
            workingDays += working[i] ? 1 : 0;
            cumulative[i] = capacity;
            cumulativeWorkingDays[i] = workingDays;
        }
    }

    public LocalDate today() {
        return today;
    }

    /** The last date forecasts and promises consider. */
    public LocalDate horizon() {
        return horizon;
    }

    /** Capacity units in {@code today..date}, both included; zero for a date before today. */
    public long capacityThrough(LocalDate date) {
        long index = date.toEpochDay() - todayEpochDay;
        if (index < 0) {
            return 0;
        }
        if (index < cumulative.length) {
            return cumulative[(int) index];
        }
        return Math.min(MAX_UNITS, cumulative[cumulative.length - 1] + capacityAfterHorizonThrough(date));
    }

    /** Capacity in the days after the horizon through {@code date}, counted rather than held; at most MAX_UNITS. */
    private long capacityAfterHorizonThrough(LocalDate date) {
        long weekdays = week.countBetween(horizon.plusDays(1), date);
        if (fullDay != 0 && weekdays > MAX_UNITS / fullDay) {
            return MAX_UNITS;
        }
        int lossDays = upperBound(laterLossDays, date.toEpochDay());
        return weekdays * fullDay - (lossDays == 0 ? 0 : cumulativeLaterLoss[lossDays - 1]);
    }

    /** How many of the sorted {@code days} are on or before {@code epochDay}. */
    private static int upperBound(long[] days, long epochDay) {
        int index = Arrays.binarySearch(days, epochDay);
        return index >= 0 ? index + 1 : -index - 1;
    }

    /** The first date from today on whose capacity through it reaches {@code units}; empty past the horizon. */
    public Optional<LocalDate> firstDateReaching(long units) {
        if (units <= 0) {
            return Optional.of(today);
        }
        int last = cumulative.length - 1;
        int index = firstIndexAtLeast(units, 0, last);
        return index > last ? Optional.empty() : Optional.of(today.plusDays(index));
    }

    /** The first index in {@code from..to} whose cumulative capacity is at least {@code units}, or {@code to + 1}. */
    int firstIndexAtLeast(long units, int from, int to) {
        int low = from;
        int high = to + 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] >= units) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** The first date in {@code from..to} (both on or after today) whose capacity through it is above {@code units}. */
    public Optional<LocalDate> firstDateAbove(long units, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return Optional.empty();
        }
        int start = (int) (from.toEpochDay() - todayEpochDay);
        int end = (int) (to.toEpochDay() - todayEpochDay);
        int index = units == Long.MAX_VALUE ? end + 1 : firstIndexAtLeast(units + 1, start, end);
        return index > end ? Optional.empty() : Optional.of(today.plusDays(index));
    }

    /** Working days from the commitment side {@code from} to {@code to}; see {@link WorkingDays#between}. */
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        long first = from.toEpochDay() - todayEpochDay;
        long second = to.toEpochDay() - todayEpochDay;
        if (first < 0 || second < 0 || first >= cumulativeWorkingDays.length || second >= cumulativeWorkingDays.length) {
            WorkingDays outside = workingDays;
            if (outside == null) {
                outside = new WorkingDays(team);
                workingDays = outside;
            }
            return outside.between(from, to);
        }
        return cumulativeWorkingDays[(int) second] - cumulativeWorkingDays[(int) first];
    }

    /** Work expressed in this calendar's capacity units, so that work and capacity compare exactly. */
    public long toUnits(Hours hours) {
        return Math.multiplyExact(hours.millis(), unitsPerMilliHour);
    }

    /** Capacity units back in hours, rounded half up to {@code decimals} places. */
    public BigDecimal toHours(long units, int decimals) {
        return Decimal.ratio(units, unitsPerMilliHour * Decimal.ONE, decimals);
    }
}
