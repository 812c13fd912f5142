package io.promisedesk.inbox;

import io.promisedesk.common.Require;
import java.time.Clock;
import java.util.Optional;

/** Puts sales' ask for an ETA in the team's inbox, joining the issue's open request when there is one. */
public final class AskForEta {
    private final EtaRequestStore store;
    private final Clock clock;

    public AskForEta(EtaRequestStore store, Clock clock) {
        this.store = Require.present(store, "store");
        this.clock = Require.present(clock, "clock");
    }

    public Asked ask(AskForEtaCommand command) {
        Ask ask = new Ask(command.requester(), command.customer(), command.urgency(), command.question(),
                clock.instant());
        // Another ask or an answer on the same issue may land between reading and storing: read again and retry.
        while (true) {
            Optional<EtaRequest> open = store.openRequestOn(command.issue());
            EtaRequest request = open
                    .map(waiting -> waiting.join(ask, command.team(), command.commitmentDate()))
                    .orElseGet(() -> EtaRequest.open(store.nextId(), command.issue(), command.team(),
                            command.commitmentDate(), ask));
            if (store.replace(open, request)) {
                return open.isPresent() ? new Asked.Joined(request) : new Asked.Opened(request);
            }
        }
    }
}
