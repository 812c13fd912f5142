package io.promisedesk.workbench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The workbench's clock: it stands still, so pages and tests see the same instant, until the admin lets a week pass on
 * the outbox ({@link #advance}), the only way later ETA changes reach a later digest run. Always UTC.
 */
final class WorkbenchClock extends Clock {
    private final AtomicReference<Instant> now;

    WorkbenchClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /** Moves the clock on by {@code time}, which must be positive: the workbench never goes back. */
    Instant advance(Duration time) {
        if (time.isNegative() || time.isZero()) {
            throw new IllegalArgumentException("the workbench's clock only moves on, not by " + time);
        }
        return now.updateAndGet(instant -> instant.plus(time));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? this : Clock.fixed(instant(), zone);
    }
}
