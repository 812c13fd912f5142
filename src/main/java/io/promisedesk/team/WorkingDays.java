package io.promisedesk.team;

import java.time.LocalDate;
import java.util.Arrays;

/** Counts a team's working days between dates: its working weekdays, less its non-working dates. */
public final class WorkingDays {
    private final WorkingWeek week;
    private final long[] nonWorkingWeekdays;

    public WorkingDays(Team team) {
        this.week = team.workingWeek();
        this.nonWorkingWeekdays = nonWorkingWeekdays(team, week);
    }

    // A loop rather than a stream: every assessment with an overdue commitment makes one of these for its team.
    private static long[] nonWorkingWeekdays(Team team, WorkingWeek week) {
        long[] days = new long[team.nonWorkingDates().size()];
        int count = 0;
        for (LocalDate date : team.nonWorkingDates()) {
            if (week.isWorkingDay(date)) {
                days[count++] = date.toEpochDay();
            }
        }
        long[] found = Arrays.copyOf(days, count);
        Arrays.sort(found);
        return found;
    }

    /** Working days in {@code (from, to]} when {@code to} is later, minus those in {@code (to, from]} when earlier; 0 when equal. */
    public long between(LocalDate from, LocalDate to) {
        if (to.isAfter(from)) {
            return countIn(from.plusDays(1), to);
        }
        // Equal dates first: the day after the last date there is does not exist.
        return to.equals(from) ? 0 : -countIn(to.plusDays(1), from);
    }

    /** Working days in {@code from..to}, both included. */
    public long countIn(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return 0;
        }
        long weekdays = week.countBetween(from, to);
        int first = lowerBound(from.toEpochDay());
        int afterLast = lowerBound(to.toEpochDay() + 1);
        return weekdays - (afterLast - first);
    }

    private int lowerBound(long epochDay) {
        int index = Arrays.binarySearch(nonWorkingWeekdays, epochDay);
        return index >= 0 ? index : -index - 1;
    }
}
