package io.promisedesk.statuslink;

import io.promisedesk.common.Require;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slows down guessing of status link tokens: an address that asked for {@code failures} bad tokens within one
 * {@code window} is refused every link (good ones too, so a refusal tells nothing about a token) until that window
 * ends. It keeps at most {@code addresses} addresses, forgetting the longest untouched first, so a flood of addresses
 * costs bounded memory. The counts live on one node: in a cluster each node slows its own visitors, which only makes
 * an attacker spread over nodes a few times faster and needs nothing shared.
 */
public final class BadTokenThrottle {
    /** Bad tokens one address may try per window before it is refused. */
    public static final int FAILURES = 20;
    /** The window the failures are counted in, and how long a refusal lasts at most. */
    public static final Duration WINDOW = Duration.ofMinutes(10);
    /** The addresses kept at once: a few hundred kilobytes at most. */
    public static final int ADDRESSES = 10_000;

    private final Clock clock;
    private final int failures;
    private final Duration window;
    private final Map<String, Count> counts;

    public BadTokenThrottle(Clock clock, int failures, Duration window, int addresses) {
        this.clock = Require.present(clock, "clock");
        if (failures < 1 || addresses < 1) {
            throw new IllegalArgumentException("failures and addresses must be >= 1, were " + failures + " and "
                    + addresses);
        }
        this.failures = failures;
        this.window = Require.present(window, "window");
        this.counts = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
                return size() > addresses;
            }
        };
    }

    /** The throttle of {@value #FAILURES} bad tokens per {@link #WINDOW}, for {@value #ADDRESSES} addresses. */
    public static BadTokenThrottle standard(Clock clock) {
        return new BadTokenThrottle(clock, FAILURES, WINDOW, ADDRESSES);
    }

    /** Whether a request from {@code address} may be answered now, or is refused without looking at its token. */
    public synchronized boolean allows(String address) {
        Count count = counts.get(Require.present(address, "address"));
        return count == null || !count.inWindow(clock.instant(), window) || count.failures < failures;
    }

    /** Counts one bad, unknown, expired or revoked token from {@code address}. */
    public synchronized void failed(String address) {
        Require.present(address, "address");
        Instant now = clock.instant();
        Count count = counts.get(address);
        if (count == null || !count.inWindow(now, window)) {
            counts.put(address, new Count(now, 1));
        } else {
            count.failures++;
        }
    }

    /** How many addresses are kept now; for tests of the bound. */
    synchronized int tracked() {
        return counts.size();
    }

    private static final class Count {
        private final Instant since;
        private int failures;

        Count(Instant since, int failures) {
            this.since = since;
            this.failures = failures;
        }

        boolean inWindow(Instant now, Duration window) {
            return now.isBefore(since.plus(window));
        }
    }
}
