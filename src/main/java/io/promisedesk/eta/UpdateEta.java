package io.promisedesk.eta;

import io.promisedesk.common.Require;
import io.promisedesk.eta.EtaUpdateOutcome.Accepted;
import io.promisedesk.eta.EtaUpdateOutcome.Rejected;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Sets an issue's ETA when the rules allow it and records the change in the issue's history. */
public final class UpdateEta {
    private final EtaHistoryStore store;
    private final Clock clock;

    public UpdateEta(EtaHistoryStore store, Clock clock) {
        this.store = Require.present(store, "store");
        this.clock = Require.present(clock, "clock");
    }

    public EtaUpdateOutcome update(UpdateEtaCommand command) {
        Instant now = clock.instant();
        // One reading of the clock, so the change's time and "today" cannot fall on either side of midnight.
        LocalDate today = LocalDate.ofInstant(now, command.team().timeZone());
        EtaHistory history = store.load(command.issue());
        EtaChange change = new EtaChange(command.issue(), command.author(), now, history.currentEta(), command.eta(),
                command.reason());
        Optional<Rejected> broken = EtaRules.firstBroken(command.expectedEta(), change, today);
        if (broken.isPresent()) {
            return broken.get();
        }
        if (!store.save(change)) {
            return EtaRules.stale(store.load(command.issue()).currentEta());
        }
        return new Accepted(change);
    }
}
