package io.promisedesk.team;

import io.promisedesk.common.InvalidValueException;
import org.junit.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class ThresholdsTest {

    @Test
    public void warnAboveCritical_isRejected() {
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> Thresholds.of(1.2, 1.1));

        assertEquals("warn: warn 1.2 must be below critical 1.1", error.getMessage());
        assertEquals("promisedesk.error.thresholds.order", error.i18nKey());
    }

    @Test
    public void warnEqualToCritical_isRejected() {
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> Thresholds.of(0.9, 0.9));

        assertEquals("warn: warn 0.9 must be below critical 0.9", error.getMessage());
    }

    @Test
    public void zeroWarn_isRejected() {
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> Thresholds.of(0, 1));

        assertEquals("warn: must be > 0 and <= 10, was 0", error.getMessage());
    }

    @Test
    public void negativeWarn_isRejected() {
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> Thresholds.of(-0.1, 1));

        assertEquals("warn: must be > 0 and <= 10, was -0.1", error.getMessage());
    }

    @Test
    public void criticalAboveTen_isRejected() {
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> Thresholds.of(0.5, 10.5));

        assertEquals("critical: must be > 0 and <= 10, was 10.5", error.getMessage());
    }

    @Test
    public void criticalOfExactlyTen_isAccepted() {
        Thresholds thresholds = Thresholds.of(9.999, 10);

        assertEquals(10_000L, thresholds.criticalMilli());
        assertEquals(9_999L, thresholds.warnMilli());
    }

    @Test
    public void defaults_areWarn085AndCritical1() {
        Thresholds thresholds = Thresholds.DEFAULT;

        assertEquals(new BigDecimal("0.85"), thresholds.warn());
        assertEquals(BigDecimal.ONE, thresholds.critical());
    }

    @Test
    public void aHugeThreshold_isReportedAsGiven_notCappedAtTheLargestLong() {
        BigDecimal given = new BigDecimal("99999999999999999999");

        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> Thresholds.of(new BigDecimal("0.85"), given));

        assertEquals("critical: must be > 0 and <= 10, was 99999999999999999999", error.getMessage());
        assertEquals(List.of(given), error.arguments());
    }

    @Test
    public void theOrder_isReportedWithBothValuesAsGiven() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> Thresholds.of(new BigDecimal("1.0"), new BigDecimal("0.90")));

        assertEquals("warn: warn 1.0 must be below critical 0.90", error.getMessage());
    }
}
