package io.promisedesk.common;

import java.time.LocalDate;

/**
 * How far ahead a person may plan: a commitment, an ETA or a wished date lies at most {@value #YEARS} years after the
 * team's today, the same stretch the engine forecasts over; a later date is a typing error, not a plan.
 */
public final class PlanningHorizon {
    /** Forecasts, promise checks and typed dates reach this many years past today and no further. */
    public static final int YEARS = 5;

    private PlanningHorizon() {
    }

    /** The last date that may be planned on {@code today}; the end of the calendar when that comes first. */
    public static LocalDate lastDate(LocalDate today) {
        Require.present(today, "today");
        return today.isAfter(LocalDate.MAX.minusYears(YEARS)) ? LocalDate.MAX : today.plusYears(YEARS);
    }

    /** Whether {@code date} lies on or before the last date that may be planned on {@code today}. */
    public static boolean allows(LocalDate date, LocalDate today) {
        return !Require.present(date, "date").isAfter(lastDate(today));
    }

    /**
     * The date, when it lies within the horizon of {@code today}.
     *
     * @throws InvalidValueException naming {@code field}, the date and the last date allowed, otherwise; both are
     *         passed as ISO text, since the short date of the messages leaves out the year that is wrong here
     */
    public static LocalDate require(LocalDate date, LocalDate today, String field) {
        Require.present(date, field);
        LocalDate last = lastDate(today);
        if (date.isAfter(last)) {
            throw new InvalidValueException(field, "promisedesk.error.date.beyondHorizon",
                    "must be on or before " + last + ", " + YEARS + " years from today " + today + ", was " + date,
                    date.toString(), last.toString(), YEARS);
        }
        return date;
    }
}
