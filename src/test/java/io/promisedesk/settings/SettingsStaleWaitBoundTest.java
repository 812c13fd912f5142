package io.promisedesk.settings;

import io.promisedesk.fixtures.MutableClock;
import org.junit.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.Assert.assertEquals;

/** The admin's wait bound reaches the issue view within thirty seconds of a save, without a read on every view. */
public class SettingsStaleWaitBoundTest {
    private final AtomicInteger loads = new AtomicInteger();
    private final InMemoryGlobalSettingsStore stored = new InMemoryGlobalSettingsStore();
    private final GlobalSettingsStore counted = new GlobalSettingsStore() {
        @Override
        public Versioned<GlobalSettings> load() {
            loads.incrementAndGet();
            return stored.load();
        }

        @Override
        public StoreOutcome<GlobalSettings> save(GlobalSettings settings, long expectedVersion) {
            return stored.save(settings, expectedVersion);
        }
    };
    private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
    private final SettingsStaleWaitBound bound = new SettingsStaleWaitBound(counted, clock);

    @Test
    public void theBound_isReadOnce_thenAgainOnlyAfterThirtySeconds() {
        assertEquals(GlobalSettings.DEFAULT_WAIT, bound.current());
        stored.save(GlobalSettings.DEFAULTS.withPoliciesOf(withWait(3)), 1);

        clock.set("2026-03-02T09:00:29Z");
        assertEquals("not read again within thirty seconds", GlobalSettings.DEFAULT_WAIT, bound.current());
        clock.set("2026-03-02T09:00:30Z");
        assertEquals(Duration.ofMinutes(3), bound.current());
        assertEquals(2, loads.get());
    }

    @Test
    public void aClockSetBack_readsAgain_ratherThanKeepAnOldBoundForever() {
        bound.current();
        stored.save(GlobalSettings.DEFAULTS.withPoliciesOf(withWait(3)), 1);

        clock.set("2026-03-02T08:00:00Z");

        assertEquals(Duration.ofMinutes(3), bound.current());
    }

    private static GlobalSettings withWait(int minutes) {
        return new GlobalSettings(GlobalSettings.DEFAULTS.phrases(), java.util.Set.of(), Duration.ofMinutes(minutes),
                GlobalSettings.DEFAULTS.statusLinks(), GlobalSettings.DEFAULTS.allowedEmailDomains());
    }
}
