package io.promisedesk.digest;

import io.promisedesk.commitment.StoredCommitment;
import io.promisedesk.common.Require;
import io.promisedesk.eta.EtaChange;
import io.promisedesk.inbox.EtaRequest;

import java.util.Optional;

/**
 * One ETA change as news for one salesperson: on an issue they committed ({@code commitment} is theirs), or answering
 * a request they asked ({@code answeredRequest}), or both.
 *
 * @param change          the move of the ETA
 * @param commitment      the issue's commitment now, whoever set it; empty when it has none
 * @param answeredRequest the request this change answered, when the salesperson was among those who asked
 */
public record DigestEntry(EtaChange change, Optional<StoredCommitment> commitment,
                          Optional<EtaRequest> answeredRequest) {
    public DigestEntry {
        Require.present(change, "change");
        Require.present(commitment, "commitment");
        Require.present(answeredRequest, "answeredRequest");
        if (commitment.isPresent() && !commitment.get().issue().equals(change.issue())) {
            throw new IllegalArgumentException("commitment of " + commitment.get().issue()
                    + " must be of the changed issue " + change.issue());
        }
        if (answeredRequest.isPresent() && (answeredRequest.get().isOpen()
                || !answeredRequest.get().issue().equals(change.issue()))) {
            throw new IllegalArgumentException("request " + answeredRequest.get().id()
                    + " must be an answered request on the changed issue " + change.issue());
        }
    }
}
