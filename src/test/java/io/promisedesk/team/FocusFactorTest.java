package io.promisedesk.team;

import io.promisedesk.common.InvalidValueException;
import org.junit.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class FocusFactorTest {

    @Test
    public void zeroFocus_isRejected() {
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> FocusFactor.of(0));

        assertEquals("focusFactor: must be > 0 and <= 1, was 0", error.getMessage());
    }

    @Test
    public void negativeFocus_isRejected() {
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> FocusFactor.of(-0.5));

        assertEquals("focusFactor: must be > 0 and <= 1, was -0.5", error.getMessage());
    }

    @Test
    public void focusAboveOne_isRejected() {
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> FocusFactor.of(1.001));

        assertEquals("focusFactor: must be > 0 and <= 1, was 1.001", error.getMessage());
    }

    @Test
    public void focusOfExactlyOne_isFull() {
        FocusFactor focus = FocusFactor.of(1);

        assertEquals(FocusFactor.FULL, focus);
    }

    @Test
    public void smallestFocus_isOneThousandth() {
        FocusFactor focus = FocusFactor.of(0.001);

        assertEquals(1L, focus.milli());
    }

    @Test
    public void aHugeFocus_isReportedAsGiven_notCappedAtTheLargestLong() {
        BigDecimal given = new BigDecimal("99999999999999999999");

        InvalidValueException error = assertThrows(InvalidValueException.class, () -> FocusFactor.of(given));

        assertEquals("focusFactor: must be > 0 and <= 1, was 99999999999999999999", error.getMessage());
        assertEquals(List.of(given), error.arguments());
    }

    @Test
    public void aFocusThatRoundsToZero_isReportedAsGiven() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> FocusFactor.of(new BigDecimal("0.0004")));

        assertEquals("focusFactor: must be > 0 and <= 1, was 0.0004", error.getMessage());
    }
}
