package io.promisedesk.inbox;

import io.promisedesk.common.Require;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

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

    /**
     * The team's median wait over the requests on issues the reader may browse ({@code browsable}), as the team's
     * inbox shows it to them: a request on a hidden issue would tell of it; empty when the team answered none of them
     * in the window.
     */
    public Optional<Duration> of(TeamKey team, Predicate<IssueKey> browsable) {
        Require.present(team, "team");
        Require.present(browsable, "browsable");
        Instant now = clock.instant();
        // Only the answered requests: the open ones do not count towards the median, so they are not read.
        List<EtaRequest> answered = store.answeredRequestsOf(team, now.minus(WINDOW)).stream()
                .filter(request -> browsable.test(request.issue())).toList();
        return EtaInbox.of(team, answered, Clock.fixed(now, clock.getZone())).medianWaitOfAnswered();
    }
}
