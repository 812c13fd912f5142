package io.promisedesk.inbox;

import io.promisedesk.common.Require;
import io.promisedesk.commitment.Customer;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.eta.EtaChange;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Sales' request for one issue's ETA, holding every ask made while it was open; the ETA change that answered it
 * is for the same issue and not earlier than the first ask.
 *
 * @param id             the store's number for it
 * @param issue          the issue whose ETA is wanted
 * @param team           the team whose inbox it is in
 * @param commitmentDate the issue's commitment date when last asked, if it had one
 * @param asks           every ask, in the order they came; at least one
 * @param answer         the ETA change that answered it; empty while open
 */
public record EtaRequest(
        EtaRequestId id,
        IssueKey issue,
        TeamKey team,
        Optional<LocalDate> commitmentDate,
        List<Ask> asks,
        Optional<EtaChange> answer) {

    public EtaRequest {
        Require.present(id, "id");
        Require.present(issue, "issue");
        Require.present(team, "team");
        Require.present(commitmentDate, "commitmentDate");
        Require.present(asks, "asks");
        asks.forEach(ask -> Require.present(ask, "asks"));
        asks = List.copyOf(asks);
        if (asks.isEmpty()) {
            throw new InvalidValueException("asks", "promisedesk.inbox.error.noAsks", "must hold at least one ask");
        }
        Require.present(answer, "answer");
        if (answer.isPresent()) {
            requireAnswers(id, issue, firstAskedAt(asks), answer.get());
        }
    }

    public static EtaRequest open(EtaRequestId id, IssueKey issue, TeamKey team, Optional<LocalDate> commitmentDate,
                                  Ask ask) {
        return new EtaRequest(id, issue, team, commitmentDate, List.of(Require.present(ask, "ask")), Optional.empty());
    }

    private static void requireAnswers(EtaRequestId id, IssueKey issue, Instant askedAt, EtaChange change) {
        if (!change.issue().equals(issue)) {
            throw new InvalidValueException("answer", "promisedesk.inbox.error.otherIssue",
                    "must be for " + issue + ", was for " + change.issue(),
                    issue.toString(), change.issue().toString());
        }
        if (change.when().isBefore(askedAt)) {
            throw new InvalidValueException("answer", "promisedesk.inbox.error.answerBeforeAsk",
                    "must not be before request " + id + " was asked at " + askedAt + ", was at " + change.when(),
                    id.value(), askedAt, change.when());
        }
    }

    private static Instant firstAskedAt(List<Ask> asks) {
        return asks.stream().map(Ask::askedAt).min(Comparator.naturalOrder()).orElseThrow();
    }

    /**
     * This open request with one more ask. The team and the commitment date come from the new ask: it knows the
     * issue as it is now, so a request follows an issue that moved to another team.
     */
    public EtaRequest join(Ask ask, TeamKey team, Optional<LocalDate> commitmentDate) {
        requireOpen();
        List<Ask> more = new ArrayList<>(asks.size() + 1);
        more.addAll(asks);
        more.add(Require.present(ask, "ask"));
        return new EtaRequest(id, issue, team, commitmentDate, more, Optional.empty());
    }

    /** This request answered by the ETA change; every ask in it is answered at once. */
    public EtaRequest answeredBy(EtaChange change) {
        requireOpen();
        return new EtaRequest(id, issue, team, commitmentDate, asks, Optional.of(Require.present(change, "answer")));
    }

    private void requireOpen() {
        if (answer.isPresent()) {
            throw new InvalidValueException("state", "promisedesk.inbox.error.answered",
                    "must be open, request " + id + " was answered at " + answer.get().when(), id.value(),
                    answer.get().when());
        }
    }

    public RequestState state() {
        return answer.isPresent() ? RequestState.ANSWERED : RequestState.OPEN;
    }

    public boolean isOpen() {
        return answer.isEmpty();
    }

    /** When sales first asked: waiting counts from here. */
    public Instant askedAt() {
        return firstAskedAt(asks);
    }

    /** The most urgent of the asks: whoever needs it soonest sets the pace. */
    public Urgency urgency() {
        return asks.stream().map(Ask::urgency).reduce(Urgency::moreUrgent).orElseThrow();
    }

    /** Everybody who asked, each once, in the order they first asked. */
    public List<String> requesters() {
        return asks.stream().map(Ask::requester).distinct().toList();
    }

    /** Every customer asked for, each once, in the order they were first named. */
    public List<Customer> customers() {
        return asks.stream().map(Ask::customer).distinct().toList();
    }

    /** The questions asked, in order; asks without a question add none. */
    public List<String> questions() {
        return asks.stream().flatMap(ask -> ask.question().stream()).toList();
    }

    public Optional<Instant> answeredAt() {
        return answer.map(EtaChange::when);
    }

    public Optional<String> answeredBy() {
        return answer.map(EtaChange::author);
    }

    /** How long sales waited: until the answer, or until {@code now} while open. */
    public Duration waitAsOf(Instant now) {
        Instant end = answer.map(EtaChange::when).orElse(now);
        Duration wait = Duration.between(askedAt(), end);
        // Cluster nodes' clocks differ a little; an ask from a node ahead of this one has not waited less than nothing.
        return wait.isNegative() ? Duration.ZERO : wait;
    }
}
