package io.promisedesk.team;

import io.promisedesk.common.Decimal;
import io.promisedesk.common.Hours;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;

import java.time.LocalDate;
import java.util.Set;

/** A person in a team with the hours they work in a week and the dates they are away. */
public record Member(String user, Hours weeklyHours, Set<LocalDate> absences) {
    /** Nobody works more hours than a week has. */
    public static final long MAX_WEEKLY_MILLIS = 168 * Decimal.ONE;

    public Member {
        user = Require.notBlank(user, "user", 255);
        Require.present(weeklyHours, "weeklyHours");
        if (weeklyHours.millis() > MAX_WEEKLY_MILLIS) {
            throw new InvalidValueException("weeklyHours", "promisedesk.error.weeklyHours.absurd",
                    "must be at most 168, was " + weeklyHours.toBigDecimal().toPlainString(), weeklyHours.toBigDecimal());
        }
        absences = absences == null ? Set.of() : Set.copyOf(absences);
    }

    public Member(String user, Hours weeklyHours) {
        this(user, weeklyHours, Set.of());
    }

    public boolean isAbsentOn(LocalDate date) {
        return absences.contains(date);
    }
}
