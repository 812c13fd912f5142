package io.promisedesk.inbox;

import io.promisedesk.common.Require;
import io.promisedesk.team.TeamKey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Shows a team's ETA inbox: every open request, and the requests answered recently enough to judge waiting by. */
public final class ShowEtaInbox {
    private final EtaRequestStore store;
    private final Clock clock;
    private final Duration answeredWithin;

    /** @param answeredWithin how far back answered requests count towards the median wait */
    public ShowEtaInbox(EtaRequestStore store, Clock clock, Duration answeredWithin) {
        this.store = Require.present(store, "store");
        this.clock = Require.present(clock, "clock");
        this.answeredWithin = Require.present(answeredWithin, "answeredWithin");
        if (answeredWithin.isNegative()) {
            throw new IllegalArgumentException("answeredWithin must be >= 0, was " + answeredWithin);
        }
    }

    public EtaInbox show(TeamKey team) {
        Instant now = clock.instant();
        List<EtaRequest> requests = new ArrayList<>(store.openRequestsOf(team));
        requests.addAll(store.answeredRequestsOf(team, now.minus(answeredWithin)));
        return EtaInbox.of(team, requests, Clock.fixed(now, clock.getZone()));
    }
}
