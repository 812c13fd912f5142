package io.promisedesk.workload;

import io.promisedesk.common.Decimal;
import io.promisedesk.team.Thresholds;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Work due by a date over the capacity until then, both in the same capacity units and kept as the exact
 * fraction; infinite when work is due and no capacity is left.
 */
public record LoadRatio(long work, long capacity) implements Comparable<LoadRatio> {
    public LoadRatio {
        if (work < 0 || capacity < 0) {
            throw new IllegalArgumentException("work " + work + " and capacity " + capacity + " must be >= 0");
        }
    }

    public boolean isInfinite() {
        return capacity == 0 && work > 0;
    }

    /** The ratio rounded half up to {@code decimals} places; empty when infinite. */
    public Optional<BigDecimal> rounded(int decimals) {
        if (isInfinite()) {
            return Optional.empty();
        }
        return Optional.of(capacity == 0 ? BigDecimal.ZERO : Decimal.ratio(work, capacity, decimals));
    }

    public double toDouble() {
        if (isInfinite()) {
            return Double.POSITIVE_INFINITY;
        }
        return capacity == 0 ? 0 : (double) work / capacity;
    }

    /** Whether the ratio is at or above {@code thresholdMilli / 1000}, compared exactly. */
    public boolean reaches(long thresholdMilli) {
        if (capacity == 0) {
            return work > 0;
        }
        return compareProducts(work, Decimal.ONE, thresholdMilli, capacity) >= 0;
    }

    public Level level(Thresholds thresholds) {
        if (reaches(thresholds.criticalMilli())) {
            return Level.OVERCOMMITTED;
        }
        return reaches(thresholds.warnMilli()) ? Level.WARNING : Level.OK;
    }

    /** Orders ratios by value, exactly; every infinite ratio is above every finite one. */
    @Override
    public int compareTo(LoadRatio other) {
        if (isInfinite() || other.isInfinite()) {
            return Boolean.compare(isInfinite(), other.isInfinite());
        }
        // A ratio without work is 0 whatever its capacity; cross-multiplying by a zero capacity would tie it with anything.
        if (work == 0 || other.work == 0) {
            return Boolean.compare(work != 0, other.work != 0);
        }
        return compareProducts(work, other.capacity, other.work, capacity);
    }

    /** Compares {@code a * b} with {@code c * d} for non-negative factors without overflow. */
    static int compareProducts(long a, long b, long c, long d) {
        int high = Long.compareUnsigned(Math.multiplyHigh(a, b), Math.multiplyHigh(c, d));
        return high != 0 ? high : Long.compareUnsigned(a * b, c * d);
    }
}
