package io.promisedesk.jira.field;

import io.promisedesk.common.Require;
import io.promisedesk.eta.EtaChange;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An ETA typed into an issue's ETA field, with the reason typed beside it, so that the field type can write the
 * reason into the change history. A {@link Timestamp} at the start of the day, as Jira's own date field values
 * are; only the day is stored; equal, as any timestamp, to the same instant, so a reason typed without moving the ETA
 * changes nothing.
 */
public final class EtaValue extends Timestamp {
    private static final long serialVersionUID = 1L;

    private final LocalDate day;
    private final String reason;

    EtaValue(LocalDate day, Optional<String> reason, FieldDates dates) {
        super(dates.startOfDay(Require.present(day, "eta")));
        this.day = day;
        this.reason = Require.optionalText(reason, "reason", EtaChange.MAX_REASON).orElse(null);
    }

    public LocalDate day() {
        return day;
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }
}
