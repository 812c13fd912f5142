package io.promisedesk.inbox;

import io.promisedesk.common.Require;
import io.promisedesk.eta.EtaChange;

import java.util.Optional;

/** Answering is setting the ETA: an accepted ETA change closes the issue's open request with every ask in it. */
public final class AnswerEtaRequests {
    private final EtaRequestStore store;

    public AnswerEtaRequests(EtaRequestStore store) {
        this.store = Require.present(store, "store");
    }

    /**
     * Closes the issue's open request with {@code change}; a request first asked after the change stays open, as
     * the change could not have answered it.
     *
     * @return the answered request; empty when nobody was waiting
     */
    public Optional<EtaRequest> answer(EtaChange change) {
        Require.present(change, "change");
        // A concurrent ask may join the request between reading and storing: read again and retry.
        while (true) {
            Optional<EtaRequest> open = store.openRequestOn(change.issue())
                    .filter(request -> !request.askedAt().isAfter(change.when()));
            if (open.isEmpty()) {
                return Optional.empty();
            }
            EtaRequest answered = open.get().answeredBy(change);
            if (store.replace(open, answered)) {
                return Optional.of(answered);
            }
        }
    }
}
