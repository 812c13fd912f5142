package io.promisedesk.eta;

import io.promisedesk.common.Require;
import io.promisedesk.work.IssueKey;

import java.util.HashMap;
import java.util.Map;

/** Keeps ETA histories in memory, for tests and the local workbench; safe to share between threads. */
public final class InMemoryEtaHistoryStore implements EtaHistoryStore {
    private final Object lock = new Object();
    private final Map<IssueKey, EtaHistory> histories = new HashMap<>();

    @Override
    public EtaHistory load(IssueKey issue) {
        Require.present(issue, "issue");
        synchronized (lock) {
            return histories.getOrDefault(issue, EtaHistory.empty(issue));
        }
    }

    @Override
    public boolean save(EtaChange change) {
        Require.present(change, "change");
        synchronized (lock) {
            EtaHistory history = load(change.issue());
            if (!history.currentEta().equals(change.oldEta())) {
                return false;
            }
            histories.put(change.issue(), history.append(change));
            return true;
        }
    }
}
