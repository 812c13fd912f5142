package io.promisedesk.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Converts between decimal numbers and the fixed-point longs the engine computes with, so that ties compare exactly. */
public final class Decimal {
    /** Hours, ratios and factors are kept to this many decimals (a thousandth of an hour is 3.6 seconds). */
    public static final int SCALE = 3;
    public static final long ONE = 1_000L;

    private Decimal() {
    }

    /** The value in thousandths, rounded half up. */
    public static long toMilli(BigDecimal value) {
        try {
            return value.setScale(SCALE, RoundingMode.HALF_UP).unscaledValue().longValueExact();
        } catch (ArithmeticException tooLarge) {
            return value.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    public static long toMilli(double value) {
        return toMilli(BigDecimal.valueOf(value));
    }

    public static BigDecimal fromMilli(long milli) {
        return BigDecimal.valueOf(milli, SCALE).stripTrailingZeros();
    }

    /** {@code numerator / denominator} rounded half up to {@code decimals} places, trailing zeros removed. */
    public static BigDecimal ratio(long numerator, long denominator, int decimals) {
        return BigDecimal.valueOf(numerator)
                .divide(BigDecimal.valueOf(denominator), decimals, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    /** The smallest long not below {@code a / b}, for positive {@code b}. */
    public static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
