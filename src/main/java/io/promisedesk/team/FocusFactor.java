package io.promisedesk.team;

import io.promisedesk.common.Decimal;
import io.promisedesk.common.InvalidValueException;

import java.math.BigDecimal;

/** The share of a team's hours left for planned work after meetings, support and interruptions: in (0, 1]. */
public record FocusFactor(long milli) {
    public static final FocusFactor FULL = new FocusFactor(Decimal.ONE);

    public FocusFactor {
        requireInRange(milli, Decimal.fromMilli(milli));
    }

    /** The value given, to a thousandth; a value out of range is reported as given, not as rounded or capped. */
    public static FocusFactor of(BigDecimal value) {
        long milli = Decimal.toMilli(value);
        requireInRange(milli, value);
        return new FocusFactor(milli);
    }

    public static FocusFactor of(double value) {
        return new FocusFactor(Decimal.toMilli(value));
    }

    public BigDecimal toBigDecimal() {
        return Decimal.fromMilli(milli);
    }

    private static void requireInRange(long milli, BigDecimal given) {
        if (milli <= 0 || milli > Decimal.ONE) {
            throw new InvalidValueException("focusFactor", "promisedesk.error.focusFactor",
                    "must be > 0 and <= 1, was " + given.toPlainString(), given);
        }
    }
}
