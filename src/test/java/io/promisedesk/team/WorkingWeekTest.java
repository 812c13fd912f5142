package io.promisedesk.team;

import io.promisedesk.common.InvalidValueException;
import org.junit.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class WorkingWeekTest {

    @Test
    public void emptyWorkingWeek_isRejected() {
        Set<DayOfWeek> none = Set.of();

        InvalidValueException error = assertThrows(InvalidValueException.class, () -> new WorkingWeek(none));

        assertEquals("workingDays: must name at least one weekday", error.getMessage());
    }

    @Test
    public void missingWorkingWeek_isRejected() {
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> new WorkingWeek(null));

        assertEquals("workingDays: must name at least one weekday", error.getMessage());
    }

    @Test
    public void weekdaysOverAFullWeekAndARemainder_countEachWorkingDayOnce() {
        WorkingWeek week = new WorkingWeek(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY));

        long count = week.countBetween(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-11"));

        assertEquals(5, count);
    }

    @Test
    public void weekdaysWhenTheEndIsBeforeTheStart_countZero() {
        WorkingWeek week = WorkingWeek.MONDAY_TO_FRIDAY;

        long count = week.countBetween(LocalDate.parse("2026-03-06"), LocalDate.parse("2026-03-02"));

        assertEquals(0, count);
    }
}
