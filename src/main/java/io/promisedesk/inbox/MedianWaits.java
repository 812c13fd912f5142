package io.promisedesk.inbox;

import io.promisedesk.common.Require;
import io.promisedesk.team.TeamKey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long sales waited for a team's ETA answers: the median wait of the requests answered in the last
 * {@link #WINDOW}, as the team's ETA inbox shows it, from one read of the store per team.
 */
public final class MedianWaits {
    /** How far back answered requests count; the ETA inbox's window, so both screens show the same median. */
    public static final Duration WINDOW = Duration.ofDays(30);

    private final EtaRequestStore store;
    private final Clock clock;

    public MedianWaits(EtaRequestStore store, Clock clock) {
        this.store = Require.present(store, "store");
        this.clock = Require.present(clock, "clock");
    }

    /** The team's median wait; empty when it answered no request in the window. */
    public Optional<Duration> of(TeamKey team) {
        Require.present(team, "team");
        Instant now = clock.instant();
        // Only the answered requests: the open ones do not count towards the median, so they are not read.
        return EtaInbox.of(team, store.answeredRequestsOf(team, now.minus(WINDOW)), Clock.fixed(now, clock.getZone()))
                .medianWaitOfAnswered();
    }
}
