package io.promisedesk.statuslink;

import io.promisedesk.fixtures.MutableClock;
import org.junit.Test;

import java.time.Duration;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** The throttle of bad status link tokens: per address, per window, and in bounded memory. */
public class BadTokenThrottleTest {
    private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
    private final BadTokenThrottle throttle = new BadTokenThrottle(clock, 3, Duration.ofMinutes(10), 4);

    private void fail(String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(address);
        }
    }

    @Test
    public void anAddress_isRefused_afterTheAllowedFailuresInOneWindow() {
        fail("203.0.113.9", 2);
        assertTrue("negative control: fewer failures than allowed pass", throttle.allows("203.0.113.9"));

        fail("203.0.113.9", 1);

        assertFalse(throttle.allows("203.0.113.9"));
    }

    @Test
    public void otherAddresses_areNotSlowedDown_byOneAddressFailing() {
        fail("203.0.113.9", 10);

        assertTrue(throttle.allows("198.51.100.7"));
    }

    @Test
    public void aRefusal_endsWithItsWindow() {
        fail("203.0.113.9", 3);
        clock.set("2026-03-02T09:09:59Z");
        assertFalse(throttle.allows("203.0.113.9"));

        clock.set("2026-03-02T09:10:00Z");

        assertTrue(throttle.allows("203.0.113.9"));
    }

    @Test
    public void failuresInAnEarlierWindow_doNotCount() {
        fail("203.0.113.9", 2);
        clock.set("2026-03-02T09:10:00Z");

        fail("203.0.113.9", 2);

        assertTrue(throttle.allows("203.0.113.9"));
    }

    @Test
    public void theAddressesKept_areBounded_forgettingTheLongestUntouched() {
        fail("10.0.0.1", 3);
        for (int n = 2; n <= 10; n++) {
            throttle.failed("10.0.0." + n);
        }

        assertEquals(4, throttle.tracked());
        assertTrue("the oldest address was forgotten", throttle.allows("10.0.0.1"));
    }

    @Test
    public void aRefusedAddress_thatKeepsTrying_isKept() {
        fail("10.0.0.1", 3);
        fail("10.0.0.2", 1);
        fail("10.0.0.3", 1);
        fail("10.0.0.4", 1);
        throttle.failed("10.0.0.1");

        throttle.failed("10.0.0.5");

        assertFalse(throttle.allows("10.0.0.1"));
        assertTrue(throttle.allows("10.0.0.2"));
        assertEquals(4, throttle.tracked());
    }

    @Test
    public void aThrottleWithoutRoom_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BadTokenThrottle(clock, 0, Duration.ofMinutes(1), 1));
        assertThrows(IllegalArgumentException.class, () -> new BadTokenThrottle(clock, 1, Duration.ofMinutes(1), 0));
    }
}
