package io.promisedesk.team;

import io.promisedesk.common.Decimal;
import io.promisedesk.common.Hours;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A team's capacity from today on, held as cumulative hours per day so that "capacity until d" is one
 * lookup and "the date capacity reaches X" one binary search.
 *
 * <p>Capacity is counted in units of {@code 1 / (workingDaysPerWeek * 1,000,000)} hours: a member's day
 * is then exactly {@code weeklyMillis * focusMilli} units, so every sum and comparison is exact.
 */
public final class CapacityCalendar {
    /** Forecasts and promises look this far ahead and no further. */
    public static final int HORIZON_YEARS = 5;

    private final LocalDate today;
    private final LocalDate horizon;
    private final long unitsPerMilliHour;
    private final long[] cumulative;
    /** Working days in {@code today..today+i}: distances between dates in the calendar are one subtraction. */
    private final int[] cumulativeWorkingDays;
    private final WorkingDays workingDays;

    private CapacityCalendar(Team team, LocalDate today, LocalDate lastDay) {
        this.today = today;
        this.horizon = today.plusYears(HORIZON_YEARS);
        this.unitsPerMilliHour = team.workingWeek().daysPerWeek() * Decimal.ONE;
        int days = Math.toIntExact(lastDay.toEpochDay() - today.toEpochDay() + 1);
        this.cumulative = new long[days];
        this.cumulativeWorkingDays = new int[days];
        fillCumulative(team);
        this.workingDays = new WorkingDays(team);
    }

    /** The calendar from {@code today} through the horizon, or through {@code lastDateNeeded} when that is later. */
    public static CapacityCalendar of(Team team, LocalDate today, LocalDate lastDateNeeded) {
        LocalDate horizon = today.plusYears(HORIZON_YEARS);
        LocalDate last = lastDateNeeded != null && lastDateNeeded.isAfter(horizon) ? lastDateNeeded : horizon;
        return new CapacityCalendar(team, today, last);
    }

    public static CapacityCalendar of(Team team, LocalDate today) {
        return of(team, today, null);
    }

    /**
     * Fills both running totals in one pass over plain arrays: per day the working weekday's full capacity, less
     * team non-working dates and member absences placed by index, so building costs a few microseconds a year.
     */
    private void fillCumulative(Team team) {
        int days = cumulative.length;
        long focus = team.focusFactor().milli();
        long fullDay = 0;
        for (Member member : team.members()) {
            fullDay += member.weeklyHours().millis() * focus;
        }
        long[] dayCapacity = new long[days];
        boolean[] working = new boolean[days];
        DayOfWeek weekday = today.getDayOfWeek();
        for (int i = 0; i < days; i++, weekday = weekday.plus(1)) {
            working[i] = team.workingWeek().days().contains(weekday);
        }
        for (LocalDate holiday : team.nonWorkingDates()) {
            int index = indexOf(holiday);
            if (index >= 0) {
                working[index] = false;
            }
        }
        for (int i = 0; i < days; i++) {
            dayCapacity[i] = working[i] ? fullDay : 0;
        }
        for (Member member : team.members()) {
            long memberDay = member.weeklyHours().millis() * focus;
            for (LocalDate absence : member.absences()) {
                int index = indexOf(absence);
                if (index >= 0 && working[index]) {
                    dayCapacity[index] -= memberDay;
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

    /** The index of {@code date} in the running totals, or -1 outside them. */
    private int indexOf(LocalDate date) {
        long index = date.toEpochDay() - today.toEpochDay();
        return index < 0 || index >= cumulative.length ? -1 : (int) index;
    }

    public LocalDate today() {
        return today;
    }

    /** The last date forecasts and promises consider. */
    public LocalDate horizon() {
        return horizon;
    }

    /** The last date this calendar holds capacity for: the horizon, or a later date it was built for. */
    public LocalDate lastDay() {
        return today.plusDays(cumulative.length - 1L);
    }

    /** Capacity units in {@code today..date}, both included; zero for a date before today. */
    public long capacityThrough(LocalDate date) {
        long index = date.toEpochDay() - today.toEpochDay();
        if (index < 0) {
            return 0;
        }
        if (index >= cumulative.length) {
            throw new IllegalArgumentException("date " + date + " lies beyond this calendar's last day " + lastDay());
        }
        return cumulative[(int) index];
    }

    /** The first date from today on whose capacity through it reaches {@code units}; empty past the horizon. */
    public Optional<LocalDate> firstDateReaching(long units) {
        if (units <= 0) {
            return Optional.of(today);
        }
        int last = (int) (horizon.toEpochDay() - today.toEpochDay());
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
        int start = (int) (from.toEpochDay() - today.toEpochDay());
        int end = (int) (to.toEpochDay() - today.toEpochDay());
        int index = units == Long.MAX_VALUE ? end + 1 : firstIndexAtLeast(units + 1, start, end);
        return index > end ? Optional.empty() : Optional.of(today.plusDays(index));
    }

    /** Working days from the commitment side {@code from} to {@code to}; see {@link WorkingDays#between}. */
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        long first = from.toEpochDay() - today.toEpochDay();
        long second = to.toEpochDay() - today.toEpochDay();
        if (first < 0 || second < 0 || first >= cumulativeWorkingDays.length || second >= cumulativeWorkingDays.length) {
            return workingDays.between(from, to);
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
