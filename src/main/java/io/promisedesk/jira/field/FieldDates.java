package io.promisedesk.jira.field;

import io.promisedesk.common.InvalidValueException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;

/**
 * Days as Jira's date fields hold them: a {@link Date} at the start of the day in the server's time zone, which is
 * also how Jira's date searcher reads them into its index; in forms and in storage as text, ISO {@code yyyy-MM-dd}.
 */
final class FieldDates {
    private final ZoneId zone;

    FieldDates(ZoneId zone) {
        this.zone = zone;
    }

    long startOfDay(LocalDate day) {
        return day.atStartOfDay(zone).toInstant().toEpochMilli();
    }

    LocalDate day(Date date) {
        return Instant.ofEpochMilli(date.getTime()).atZone(zone).toLocalDate();
    }

    /** A typed or stored ISO date; empty when blank, an {@link InvalidValueException} for {@code field} otherwise. */
    static Optional<LocalDate> parse(String field, String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(trimmed));
        } catch (DateTimeParseException notADate) {
            throw new InvalidValueException(field, "promisedesk.field.error.date",
                    "must be a date like 2026-03-13, was \"" + text + "\"", text);
        }
    }
}
