package io.promisedesk.digest;

import io.promisedesk.commitment.CommitmentStore;
import io.promisedesk.commitment.SavedCommitment;
import io.promisedesk.commitment.StoredCommitment;
import io.promisedesk.eta.EtaChange;
import io.promisedesk.eta.EtaChangeLog;
import io.promisedesk.inbox.AnsweredRequestLog;
import io.promisedesk.inbox.EtaRequest;
import io.promisedesk.work.IssueKey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Sorts a stretch of ETA changes and answered requests into news per salesperson: a change goes to whoever holds the
 * issue's current commitment, and to everyone who asked in the request it answered, once each.
 */
public final class DigestNews {
    private final Map<String, List<DigestEntry>> byUser;

    private DigestNews(Map<String, List<DigestEntry>> byUser) {
        this.byUser = byUser;
    }

    /** The news of the stretch after {@code after} and at or before {@code upTo}, as the stores hold it now. */
    static DigestNews read(EtaChangeLog changes, AnsweredRequestLog answers, CommitmentStore commitments,
                           Instant after, Instant upTo) {
        return of(changes.changesBetween(after, upTo), answers.answeredBetween(after, upTo),
                issue -> commitments.load(issue).map(SavedCommitment::current));
    }

    /**
     * @param changes     the ETA changes of the stretch
     * @param answered    the requests answered in the stretch; an answer missing from {@code changes} is news all
     *                    the same
     * @param commitments an issue's current commitment
     */
    public static DigestNews of(List<EtaChange> changes, List<EtaRequest> answered,
                                Function<IssueKey, Optional<StoredCommitment>> commitments) {
        Map<ChangeId, EtaChange> allChanges = new LinkedHashMap<>();
        changes.forEach(change -> allChanges.put(ChangeId.of(change), change));
        Map<ChangeId, List<EtaRequest>> requestsByAnswer = new LinkedHashMap<>();
        for (EtaRequest request : answered) {
            EtaChange answer = request.answer().orElseThrow(() ->
                    new IllegalArgumentException("request " + request.id() + " is not answered"));
            ChangeId id = ChangeId.of(answer);
            allChanges.putIfAbsent(id, answer);
            requestsByAnswer.computeIfAbsent(id, any -> new ArrayList<>()).add(request);
        }
        Map<IssueKey, Optional<StoredCommitment>> commitmentOf = new LinkedHashMap<>();
        Map<String, List<DigestEntry>> byUser = new TreeMap<>();
        allChanges.forEach((id, change) -> {
            Optional<StoredCommitment> commitment = commitmentOf.computeIfAbsent(change.issue(), commitments);
            Map<String, Optional<EtaRequest>> readers = new LinkedHashMap<>();
            commitment.ifPresent(promise -> readers.put(promise.author(), Optional.empty()));
            for (EtaRequest request : requestsByAnswer.getOrDefault(id, List.of())) {
                request.requesters().forEach(requester -> readers.put(requester, Optional.of(request)));
            }
            readers.forEach((user, request) -> byUser.computeIfAbsent(user, any -> new ArrayList<>())
                    .add(new DigestEntry(change, commitment, request)));
        });
        return new DigestNews(byUser);
    }

    /** Everybody with news, in name order. */
    public List<String> readers() {
        return List.copyOf(byUser.keySet());
    }

    /** The user's news after {@code after} and at or before {@code upTo}. */
    public List<DigestEntry> forUser(String user, Instant after, Instant upTo) {
        return byUser.getOrDefault(user, List.of()).stream()
                .filter(entry -> entry.change().when().isAfter(after) && !entry.change().when().isAfter(upTo))
                .toList();
    }

    /**
     * One change as the stores know it: its issue, its time to the millisecond (what a database keeps) and its new
     * ETA, so that the same change read from the ETA history and from a request's answer counts once.
     */
    private record ChangeId(IssueKey issue, long millis, LocalDate newEta) {
        static ChangeId of(EtaChange change) {
            return new ChangeId(change.issue(), change.when().toEpochMilli(), Objects.requireNonNull(change.newEta()));
        }
    }
}
