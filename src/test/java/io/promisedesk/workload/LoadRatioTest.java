package io.promisedesk.workload;

import io.promisedesk.team.Thresholds;
import org.junit.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class LoadRatioTest {

    @Test
    public void twoThirds_roundsHalfUpToFourDecimals() {
        LoadRatio load = new LoadRatio(2, 3);

        Optional<String> rounded = load.rounded(4).map(BigDecimal::toPlainString);

        assertEquals(Optional.of("0.6667"), rounded);
    }

    @Test
    public void anExactHalfwayValue_roundsUp() {
        LoadRatio load = new LoadRatio(1, 8);

        Optional<String> rounded = load.rounded(2).map(BigDecimal::toPlainString);

        assertEquals(Optional.of("0.13"), rounded);
    }

    @Test
    public void workWithoutCapacity_isInfiniteWithNoRoundedValue() {
        LoadRatio load = new LoadRatio(1, 0);

        assertTrue(load.isInfinite());
        assertEquals(Optional.empty(), load.rounded(4));
        assertEquals(Double.POSITIVE_INFINITY, load.toDouble(), 0);
    }

    @Test
    public void noWorkAndNoCapacity_isZeroAndOk() {
        LoadRatio load = new LoadRatio(0, 0);

        assertFalse(load.isInfinite());
        assertEquals(Optional.of("0"), load.rounded(4).map(BigDecimal::toPlainString));
        assertEquals(Level.OK, load.level(Thresholds.DEFAULT));
    }

    @Test
    public void infiniteLoad_isOvercommittedAtTheHighestCritical() {
        LoadRatio load = new LoadRatio(1, 0);

        Level level = load.level(Thresholds.of(9.999, 10));

        assertEquals(Level.OVERCOMMITTED, level);
    }

    @Test
    public void loadExactlyAtAThreshold_reachesIt() {
        LoadRatio load = new LoadRatio(17, 20);

        assertTrue(load.reaches(850));
        assertFalse(load.reaches(851));
    }

    @Test
    public void loadsOfHugeUnits_compareWithoutOverflow() {
        long capacity = Long.MAX_VALUE / 2;
        LoadRatio load = new LoadRatio(capacity - 1, capacity);

        assertFalse(load.reaches(1_000));
        assertTrue(load.reaches(999));
    }

    @Test
    public void negativeWork_isRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new LoadRatio(-1, 5));

        assertEquals("work -1 and capacity 5 must be >= 0", error.getMessage());
    }

    @Test
    public void worstLevel_isTheMoreSevereOfTwo() {
        Level okAndWarning = Level.OK.worst(Level.WARNING);
        Level overcommittedAndOk = Level.OVERCOMMITTED.worst(Level.OK);

        assertEquals(Level.WARNING, okAndWarning);
        assertEquals(Level.OVERCOMMITTED, overcommittedAndOk);
    }

    @Test
    public void ratios_orderByExactValueWithInfinityAboveAll() {
        LoadRatio zeroWithoutCapacity = new LoadRatio(0, 0);
        LoadRatio zero = new LoadRatio(0, 5);
        LoadRatio third = new LoadRatio(1, 3);
        LoadRatio sameThird = new LoadRatio(2, 6);
        LoadRatio twelve = new LoadRatio(12, 1);
        LoadRatio infinite = new LoadRatio(1, 0);

        assertEquals(0, zeroWithoutCapacity.compareTo(zero));
        assertEquals(-1, zeroWithoutCapacity.compareTo(third));
        assertEquals(0, third.compareTo(sameThird));
        assertEquals(-1, third.compareTo(twelve));
        assertEquals(1, infinite.compareTo(twelve));
        assertEquals(0, infinite.compareTo(new LoadRatio(7, 0)));
    }
}
