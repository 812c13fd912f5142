package io.promisedesk.inbox;

import io.promisedesk.common.Require;
import io.promisedesk.eta.EtaChange;
import io.promisedesk.eta.EtaHistory;
import io.promisedesk.eta.EtaHistoryStore;
import io.promisedesk.work.IssueKey;

import java.util.Collection;
import java.util.Map;

/**
 * The ETA history store that answers the issue's open ETA request once a change is saved, so that every way of
 * setting an ETA (its form, the inbox, the REST resource) answers whoever asked for it without knowing about the inbox.
 */
public final class AnsweringEtaHistoryStore implements EtaHistoryStore {
    private final EtaHistoryStore stored;
    private final AnswerEtaRequests answer;

    public AnsweringEtaHistoryStore(EtaHistoryStore stored, EtaRequestStore requests) {
        this.stored = Require.present(stored, "stored");
        this.answer = new AnswerEtaRequests(Require.present(requests, "requests"));
    }

    @Override
    public EtaHistory load(IssueKey issue) {
        return stored.load(issue);
    }

    @Override
    public Map<IssueKey, EtaHistory> historiesOf(Collection<IssueKey> issues) {
        return stored.historiesOf(issues);
    }

    /** A change another one beat to the store answers nobody: it was not saved. */
    @Override
    public boolean save(EtaChange change) {
        if (!stored.save(change)) {
            return false;
        }
        answer.answer(change);
        return true;
    }
}
