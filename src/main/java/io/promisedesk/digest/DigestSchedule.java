package io.promisedesk.digest;

import io.promisedesk.common.Require;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * When digest periods end: daily at {@code sendAt}, weekly at {@code sendAt} on {@code weeklyOn}, in {@code zone}.
 * A period counts as ended only {@code settle} after its end, so that a change saved in its last moment has been
 * written before the digest reads the changes.
 */
public record DigestSchedule(LocalTime sendAt, DayOfWeek weeklyOn, ZoneId zone, Duration settle) {
    /** Early in the working day, before sales' first calls. */
    public static final LocalTime DEFAULT_SEND_AT = LocalTime.of(7, 0);
    public static final DayOfWeek DEFAULT_WEEKLY_ON = DayOfWeek.MONDAY;
    /** Far longer than writing one change takes, far shorter than the hour between runs. */
    public static final Duration DEFAULT_SETTLE = Duration.ofMinutes(5);

    public DigestSchedule {
        Require.present(sendAt, "sendAt");
        Require.present(weeklyOn, "weeklyOn");
        Require.present(zone, "zone");
        Require.present(settle, "settle");
        if (settle.isNegative()) {
            throw new IllegalArgumentException("settle must not be negative, was " + settle);
        }
    }

    /** The defaults in {@code zone}: daily at 07:00, weekly on Monday at 07:00. */
    public static DigestSchedule in(ZoneId zone) {
        return new DigestSchedule(DEFAULT_SEND_AT, DEFAULT_WEEKLY_ON, zone, DEFAULT_SETTLE);
    }

    /** The end of the latest period of {@code frequency} that had ended and settled at {@code now}. */
    public Instant lastEnd(DigestFrequency frequency, Instant now) {
        ZonedDateTime settled = Require.present(now, "now").minus(settle).atZone(zone);
        ZonedDateTime end = switch (Require.present(frequency, "frequency")) {
            case DAILY -> settled.toLocalDate().atTime(sendAt).atZone(zone);
            case WEEKLY -> settled.toLocalDate().with(TemporalAdjusters.previousOrSame(weeklyOn)).atTime(sendAt)
                    .atZone(zone);
        };
        return (end.isAfter(settled) ? previous(frequency, end) : end).toInstant();
    }

    /** The end of the period before the one ending at {@code end}. */
    public Instant previousEnd(DigestFrequency frequency, Instant end) {
        return previous(frequency, Require.present(end, "end").atZone(zone)).toInstant();
    }

    /** The end of the period after the one ending at {@code end}: when its digest goes out. */
    public Instant nextEnd(DigestFrequency frequency, Instant end) {
        ZonedDateTime at = Require.present(end, "end").atZone(zone);
        return (frequency == DigestFrequency.DAILY ? at.plusDays(1) : at.plusWeeks(1)).toInstant();
    }

    private static ZonedDateTime previous(DigestFrequency frequency, ZonedDateTime end) {
        return frequency == DigestFrequency.DAILY ? end.minusDays(1) : end.minusWeeks(1);
    }
}
