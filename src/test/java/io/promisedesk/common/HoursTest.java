package io.promisedesk.common;

import org.junit.Test;

import java.math.BigDecimal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class HoursTest {

    @Test
    public void negativeHours_areRejected() {
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> Hours.of(-1.5));

        assertEquals("hours: must be >= 0, was -1.5", error.getMessage());
        assertEquals("promisedesk.error.hours.negative", error.i18nKey());
    }

    @Test
    public void hoursAboveOneHundredThousand_areRejectedAsAbsurd() {
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> Hours.of(100_000.001));

        assertEquals("hours: must be at most 100000, was 100000.001", error.getMessage());
        assertEquals("promisedesk.error.hours.absurd", error.i18nKey());
    }

    @Test
    public void exactlyOneHundredThousandHours_areAccepted() {
        Hours hours = Hours.of(100_000);

        assertEquals(100_000_000L, hours.millis());
    }

    @Test
    public void zeroHours_areAcceptedAndZero() {
        Hours hours = Hours.of(0);

        assertTrue(hours.isZero());
        assertEquals(Hours.ZERO, hours);
    }

    @Test
    public void hoursFromADecimal_roundHalfUpToAThousandth() {
        Hours hours = Hours.of(new BigDecimal("2.0005"));

        assertEquals(2_001L, hours.millis());
    }

    @Test
    public void hours_printAsPlainDecimalWithAnHSuffix() {
        Hours hours = Hours.of(new BigDecimal("2.500"));

        assertEquals("2.5h", hours.toString());
    }

    @Test
    public void hours_orderByAmount() {
        Hours less = Hours.of(1.999);
        Hours more = Hours.of(2);

        int comparison = less.compareTo(more);

        assertEquals(-1, Integer.signum(comparison));
    }

    @Test
    public void aTinyNegativeAmount_isRejectedRatherThanRoundedToZero() {
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> Hours.of(new BigDecimal("-0.0004")));

        assertEquals("hours: must be >= 0, was -0.0004", error.getMessage());
    }

    @Test
    public void anEnormousAmount_isReportedAsGiven() {
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> Hours.of(new BigDecimal("1E+30")));

        assertEquals("hours: must be at most 100000, was 1000000000000000000000000000000", error.getMessage());
    }

    @Test
    public void notANumber_isRejected() {
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> Hours.of(Double.NaN));

        assertEquals("hours: must be a number, was NaN", error.getMessage());
        assertEquals("promisedesk.error.hours.notANumber", error.i18nKey());
    }
}
