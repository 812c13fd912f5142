package io.promisedesk.settings;

import io.promisedesk.common.Require;
import io.promisedesk.workload.StaleWaitBound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The admin's wait bound ({@link GlobalSettings#snapshotWaitBound()}), read from the store at most every
 * {@link #REREAD_AFTER}: the bound is consulted on stale reads of the issue view, which must not pay a database read
 * each. A save on any node is therefore seen by every node within that time.
 */
public final class SettingsStaleWaitBound implements StaleWaitBound {
    public static final Duration REREAD_AFTER = Duration.ofSeconds(30);

    private final GlobalSettingsStore store;
    private final Clock clock;
    private final AtomicReference<Read> last = new AtomicReference<>();

    public SettingsStaleWaitBound(GlobalSettingsStore store, Clock clock) {
        this.store = Require.present(store, "store");
        this.clock = Require.present(clock, "clock");
    }

    @Override
    public Duration current() {
        Instant now = clock.instant();
        Read read = last.get();
        if (read == null || !now.isBefore(read.at().plus(REREAD_AFTER)) || now.isBefore(read.at())) {
            read = new Read(store.load().value().snapshotWaitBound(), now);
            last.set(read);
        }
        return read.bound();
    }

    private record Read(Duration bound, Instant at) {
    }
}
