package io.promisedesk.inbox;

import io.promisedesk.common.Require;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Keeps ETA requests in memory, for tests and the local workbench; safe to share between threads. */
public final class InMemoryEtaRequestStore implements EtaRequestStore, AnsweredRequestLog {
    private final Object lock = new Object();
    private final Map<EtaRequestId, EtaRequest> requests = new LinkedHashMap<>();
    private final Map<IssueKey, EtaRequestId> openByIssue = new HashMap<>();
    private long lastId;

    @Override
    public EtaRequestId nextId() {
        synchronized (lock) {
            return new EtaRequestId(++lastId);
        }
    }

    @Override
    public Optional<EtaRequest> openRequestOn(IssueKey issue) {
        Require.present(issue, "issue");
        synchronized (lock) {
            return Optional.ofNullable(openByIssue.get(issue)).map(requests::get);
        }
    }

    @Override
    public List<EtaRequest> openRequestsOf(TeamKey team) {
        Require.present(team, "team");
        synchronized (lock) {
            return requests.values().stream()
                    .filter(request -> request.isOpen() && request.team().equals(team))
                    .toList();
        }
    }

    @Override
    public List<EtaRequest> answeredRequestsOf(TeamKey team, Instant since) {
        Require.present(team, "team");
        Require.present(since, "since");
        synchronized (lock) {
            return requests.values().stream()
                    .filter(request -> request.team().equals(team))
                    .filter(request -> request.answeredAt().filter(answered -> !answered.isBefore(since)).isPresent())
                    .toList();
        }
    }

    @Override
    public boolean replace(Optional<EtaRequest> before, EtaRequest after) {
        Require.present(before, "before");
        Require.present(after, "after");
        if (before.isPresent() && !before.get().id().equals(after.id())) {
            throw new IllegalArgumentException(
                    "request " + after.id() + " cannot replace request " + before.get().id());
        }
        synchronized (lock) {
            if (!isStillAsRead(before, after)) {
                return false;
            }
            before.filter(EtaRequest::isOpen).ifPresent(request -> openByIssue.remove(request.issue()));
            requests.put(after.id(), after);
            if (after.isOpen()) {
                openByIssue.put(after.issue(), after.id());
            }
            return true;
        }
    }

    private boolean isStillAsRead(Optional<EtaRequest> before, EtaRequest after) {
        if (before.isPresent()) {
            return before.get().equals(requests.get(after.id()));
        }
        return !requests.containsKey(after.id()) && !(after.isOpen() && openByIssue.containsKey(after.issue()));
    }

    @Override
    public List<EtaRequest> answeredBetween(Instant after, Instant upTo) {
        Require.present(after, "after");
        Require.present(upTo, "upTo");
        synchronized (lock) {
            return requests.values().stream()
                    .filter(request -> request.answeredAt()
                            .filter(answered -> answered.isAfter(after) && !answered.isAfter(upTo)).isPresent())
                    .sorted(Comparator.comparing(request -> request.answeredAt().orElseThrow()))
                    .toList();
        }
    }
}
