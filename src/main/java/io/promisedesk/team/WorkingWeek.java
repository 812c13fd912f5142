package io.promisedesk.team;

import io.promisedesk.common.InvalidValueException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The weekdays a team works; at least one. */
public record WorkingWeek(Set<DayOfWeek> days) {
    public static final WorkingWeek MONDAY_TO_FRIDAY = new WorkingWeek(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    public WorkingWeek {
        if (days == null || days.isEmpty()) {
            throw new InvalidValueException("workingDays", "promisedesk.error.workingDays.empty",
                    "must name at least one weekday");
        }
        // Kept in weekday order, so that screens list the days Monday first.
        days = Collections.unmodifiableSet(EnumSet.copyOf(days));
    }

    public boolean isWorkingDay(LocalDate date) {
        return days.contains(date.getDayOfWeek());
    }

    public int daysPerWeek() {
        return days.size();
    }

    /** How many working weekdays lie in {@code from..to}, both included; 0 when {@code to} is before {@code from}. */
    public long countBetween(LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay() + 1;
        if (span <= 0) {
            return 0;
        }
        long count = (span / 7) * days.size();
        // Weekdays rather than dates for the days left over: the day after them may lie past the last date there is.
        DayOfWeek day = from.getDayOfWeek().plus(span - span % 7);
        for (long left = span % 7; left > 0; left--, day = day.plus(1)) {
            if (days.contains(day)) {
                count++;
            }
        }
        return count;
    }
}
