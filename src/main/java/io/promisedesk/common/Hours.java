package io.promisedesk.common;

import java.math.BigDecimal;

/** A non-negative amount of working time, kept to a thousandth of an hour. */
public record Hours(long millis) implements Comparable<Hours> {
    /** More than this on one issue or one member's week is a typing error, not a plan. */
    public static final long MAX_MILLIS = 100_000L * Decimal.ONE;
    public static final Hours ZERO = new Hours(0);

    public Hours {
        if (millis < 0) {
            throw new InvalidValueException("hours", "promisedesk.error.hours.negative",
                    "must be >= 0, was " + Decimal.fromMilli(millis).toPlainString(), Decimal.fromMilli(millis));
        }
        if (millis > MAX_MILLIS) {
            throw new InvalidValueException("hours", "promisedesk.error.hours.absurd",
                    "must be at most " + MAX_MILLIS / Decimal.ONE + ", was " + Decimal.fromMilli(millis).toPlainString(),
                    MAX_MILLIS / Decimal.ONE, Decimal.fromMilli(millis));
        }
    }

    /** The hours given, to a thousandth; the sign and size are checked before rounding so the message shows the value given. */
    public static Hours of(BigDecimal hours) {
        if (hours.signum() < 0) {
            throw new InvalidValueException("hours", "promisedesk.error.hours.negative",
                    "must be >= 0, was " + hours.toPlainString(), hours);
        }
        if (hours.compareTo(BigDecimal.valueOf(MAX_MILLIS / Decimal.ONE)) > 0) {
            throw new InvalidValueException("hours", "promisedesk.error.hours.absurd",
                    "must be at most " + MAX_MILLIS / Decimal.ONE + ", was " + hours.toPlainString(),
                    MAX_MILLIS / Decimal.ONE, hours);
        }
        return new Hours(Decimal.toMilli(hours));
    }

    public static Hours of(double hours) {
        if (!Double.isFinite(hours)) {
            throw new InvalidValueException("hours", "promisedesk.error.hours.notANumber", "must be a number, was " + hours,
                    String.valueOf(hours));
        }
        return of(BigDecimal.valueOf(hours));
    }

    public BigDecimal toBigDecimal() {
        return Decimal.fromMilli(millis);
    }

    public boolean isZero() {
        return millis == 0;
    }

    @Override
    public int compareTo(Hours other) {
        return Long.compare(millis, other.millis);
    }

    @Override
    public String toString() {
        return toBigDecimal().toPlainString() + "h";
    }
}
