package io.promisedesk.digest;

import org.junit.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class DigestScheduleTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private final DigestSchedule schedule = DigestSchedule.in(AMSTERDAM);

    @Test
    public void dailyPeriod_endsAtSevenLocalTime_onceSettled() {
        // Wednesday 19 March 2025: 07:00 in Amsterdam is 06:00 UTC.
        assertEquals(Instant.parse("2025-03-18T06:00:00Z"),
                schedule.lastEnd(DigestFrequency.DAILY, Instant.parse("2025-03-19T06:04:59Z")));
        assertEquals(Instant.parse("2025-03-19T06:00:00Z"),
                schedule.lastEnd(DigestFrequency.DAILY, Instant.parse("2025-03-19T06:05:00Z")));
        assertEquals(Instant.parse("2025-03-19T06:00:00Z"),
                schedule.lastEnd(DigestFrequency.DAILY, Instant.parse("2025-03-19T22:59:00Z")));
    }

    @Test
    public void weeklyPeriod_endsOnMondayAtSeven() {
        assertEquals(Instant.parse("2025-03-17T06:00:00Z"),
                schedule.lastEnd(DigestFrequency.WEEKLY, Instant.parse("2025-03-19T10:00:00Z")));
        assertEquals(Instant.parse("2025-03-10T06:00:00Z"),
                schedule.lastEnd(DigestFrequency.WEEKLY, Instant.parse("2025-03-17T06:04:00Z")));
        assertEquals(Instant.parse("2025-03-17T06:00:00Z"),
                schedule.lastEnd(DigestFrequency.WEEKLY, Instant.parse("2025-03-17T06:05:00Z")));
    }

    @Test
    public void periodsAcrossTheSwitchToSummerTime_stillEndAtSevenLocalTime() {
        // Summer time starts on Sunday 30 March 2025: 07:00 is 06:00 UTC before, 05:00 UTC after.
        Instant mondayAfter = Instant.parse("2025-03-31T05:00:00Z");
        assertEquals(Instant.parse("2025-03-30T05:00:00Z"), schedule.previousEnd(DigestFrequency.DAILY, mondayAfter));
        assertEquals(Instant.parse("2025-03-29T06:00:00Z"),
                schedule.previousEnd(DigestFrequency.DAILY, Instant.parse("2025-03-30T05:00:00Z")));
        assertEquals(Instant.parse("2025-03-24T06:00:00Z"), schedule.previousEnd(DigestFrequency.WEEKLY, mondayAfter));
        assertEquals(mondayAfter, schedule.nextEnd(DigestFrequency.WEEKLY, Instant.parse("2025-03-24T06:00:00Z")));
    }

    @Test
    public void aNegativeSettle_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DigestSchedule(LocalTime.of(7, 0), DayOfWeek.MONDAY,
                AMSTERDAM, Duration.ofMinutes(-1)));
    }

    @Test
    public void frequencies_areReadFromTheirFormValuesOnly() {
        assertEquals(java.util.Optional.of(DigestFrequency.WEEKLY), DigestFrequency.fromFormValue(" weekly "));
        assertEquals(java.util.Optional.empty(), DigestFrequency.fromFormValue("WEEKLY"));
        assertEquals(java.util.Optional.empty(), DigestFrequency.fromFormValue("hourly"));
        assertEquals(java.util.Optional.empty(), DigestFrequency.fromFormValue(null));
        assertEquals(DigestFrequency.DAILY, DigestFrequency.DEFAULT);
    }
}
