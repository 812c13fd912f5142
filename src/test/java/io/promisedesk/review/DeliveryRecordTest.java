package io.promisedesk.review;

import org.junit.Test;

import java.util.List;
import java.util.OptionalInt;

import static io.promisedesk.review.ReviewFixtures.MONDAY;
import static io.promisedesk.review.ReviewFixtures.delivered;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class DeliveryRecordTest {
    @Test
    public void deliveryOnDay90_counts() {
        DeliveryRecord record = DeliveryRecord.of(List.of(delivered("D-1", "ACME", "2025-12-05", "2025-12-03")), MONDAY);

        assertEquals(1, record.delivered());
        assertEquals("2025-12-03", record.from().toString());
    }

    @Test
    public void deliveryOnDay91_doesNotCount() {
        DeliveryRecord record = DeliveryRecord.of(List.of(delivered("D-1", "ACME", "2025-12-05", "2025-12-02")), MONDAY);

        assertEquals(0, record.delivered());
    }

    @Test
    public void deliveryToday_countsAndAfterToday_doesNot() {
        DeliveryRecord record = DeliveryRecord.of(List.of(delivered("D-1", "ACME", "2026-03-02", "2026-03-02"),
                delivered("D-2", "ACME", "2026-03-06", "2026-03-03")), MONDAY);

        assertEquals(1, record.delivered());
    }

    @Test
    public void deliveryOnThePromisedDay_isOnTimeAndADayAfter_isLate() {
        assertTrue(delivered("D-1", "ACME", "2026-02-27", "2026-02-27").isOnTime());
        assertTrue(delivered("D-1", "ACME", "2026-02-27", "2026-02-26").isOnTime());
        assertFalse(delivered("D-1", "ACME", "2026-02-27", "2026-02-28").isOnTime());
    }

    @Test
    public void share_countsOnTimeAndLateRoundedDown() {
        DeliveryRecord record = DeliveryRecord.of(List.of(delivered("D-1", "ACME", "2026-02-27", "2026-02-27"),
                delivered("D-2", "ACME", "2026-02-20", "2026-02-23"),
                delivered("D-3", "ACME", "2026-02-20", "2026-02-19")), MONDAY);

        assertEquals(3, record.delivered());
        assertEquals(2, record.onTime());
        assertEquals(1, record.late());
        assertEquals(OptionalInt.of(66), record.onTimePercent());
    }

    @Test
    public void noDeliveries_isNoShareRatherThanZeroPercent() {
        DeliveryRecord record = DeliveryRecord.of(List.of(), MONDAY);

        assertFalse(record.hasDeliveries());
        assertEquals(OptionalInt.empty(), record.onTimePercent());
    }

    @Test
    public void moreOnTimeThanDelivered_isRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new DeliveryRecord(MONDAY, 1, 2));

        assertEquals("onTime must be from 0 to delivered 1, was 2", error.getMessage());
    }
}
