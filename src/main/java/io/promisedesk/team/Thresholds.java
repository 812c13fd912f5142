package io.promisedesk.team;

import io.promisedesk.common.Decimal;
import io.promisedesk.common.InvalidValueException;

import java.math.BigDecimal;

/** A team's load ratios at which it is at risk ({@code warn}) and overcommitted ({@code critical}); warn is below critical. */
public record Thresholds(long warnMilli, long criticalMilli) {
    public static final long MAX_MILLI = 10 * Decimal.ONE;
    public static final Thresholds DEFAULT = new Thresholds(850, 1_000);

    public Thresholds {
        require(warnMilli, criticalMilli, Decimal.fromMilli(warnMilli), Decimal.fromMilli(criticalMilli));
    }

    /** The values given, to a thousandth; a value out of range is reported as given, not as rounded or capped. */
    public static Thresholds of(BigDecimal warn, BigDecimal critical) {
        long warnMilli = Decimal.toMilli(warn);
        long criticalMilli = Decimal.toMilli(critical);
        require(warnMilli, criticalMilli, warn, critical);
        return new Thresholds(warnMilli, criticalMilli);
    }

    public static Thresholds of(double warn, double critical) {
        return new Thresholds(Decimal.toMilli(warn), Decimal.toMilli(critical));
    }

    public BigDecimal warn() {
        return Decimal.fromMilli(warnMilli);
    }

    public BigDecimal critical() {
        return Decimal.fromMilli(criticalMilli);
    }

    private static void require(long warnMilli, long criticalMilli, BigDecimal warn, BigDecimal critical) {
        requireInRange("warn", warnMilli, warn);
        requireInRange("critical", criticalMilli, critical);
        if (warnMilli >= criticalMilli) {
            throw new InvalidValueException("warn", "promisedesk.error.thresholds.order",
                    "warn " + warn.toPlainString() + " must be below critical " + critical.toPlainString(), warn, critical);
        }
    }

    private static void requireInRange(String field, long milli, BigDecimal given) {
        if (milli <= 0 || milli > MAX_MILLI) {
            throw new InvalidValueException(field, "promisedesk.error.threshold.range",
                    "must be > 0 and <= 10, was " + given.toPlainString(), given);
        }
    }
}
