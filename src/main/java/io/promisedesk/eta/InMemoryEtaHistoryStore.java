package io.promisedesk.eta;

import io.promisedesk.common.Require;
import io.promisedesk.work.IssueKey;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Keeps ETA histories in memory, for tests and the local workbench; safe to share between threads. */
public final class InMemoryEtaHistoryStore implements EtaHistoryStore, EtaChangeLog {
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

    @Override
    public List<EtaChange> changesBetween(Instant after, Instant upTo) {
        Require.present(after, "after");
        Require.present(upTo, "upTo");
        synchronized (lock) {
            return histories.values().stream()
                    .flatMap(history -> history.changes().stream())
                    .filter(change -> change.when().isAfter(after) && !change.when().isAfter(upTo))
                    .sorted(Comparator.comparing(EtaChange::when))
                    .toList();
        }
    }
}
