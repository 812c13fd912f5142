package io.promisedesk.team;

import io.promisedesk.common.Decimal;
import io.promisedesk.common.InvalidValueException;

import java.math.BigDecimal;

/** A team's load ratios at which it is at risk ({@code warn}) and overcommitted ({@code critical}); warn is below critical. */
public record Thresholds(long warnMilli, long criticalMilli) {
    public static final long MAX_MILLI = 10 * Decimal.ONE;
    public static final Thresholds DEFAULT = new Thresholds(850, 1_000);

    public Thresholds {
        requireInRange("warn", warnMilli);
        requireInRange("critical", criticalMilli);
        if (warnMilli >= criticalMilli) {
            throw new InvalidValueException("warn", "promisedesk.error.thresholds.order",
                    "warn " + text(warnMilli) + " must be below critical " + text(criticalMilli),
                    Decimal.fromMilli(warnMilli), Decimal.fromMilli(criticalMilli));
        }
    }

    public static Thresholds of(BigDecimal warn, BigDecimal critical) {
        return new Thresholds(Decimal.toMilli(warn), Decimal.toMilli(critical));
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

    private static void requireInRange(String field, long milli) {
        if (milli <= 0 || milli > MAX_MILLI) {
            throw new InvalidValueException(field, "promisedesk.error.threshold.range",
                    "must be > 0 and <= 10, was " + text(milli), Decimal.fromMilli(milli));
        }
    }

    private static String text(long milli) {
        return Decimal.fromMilli(milli).toPlainString();
    }
}
