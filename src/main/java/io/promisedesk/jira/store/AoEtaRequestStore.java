package io.promisedesk.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.promisedesk.commitment.Customer;
import io.promisedesk.common.Require;
import io.promisedesk.eta.EtaChange;
import io.promisedesk.inbox.AnsweredRequestLog;
import io.promisedesk.inbox.Ask;
import io.promisedesk.inbox.EtaRequest;
import io.promisedesk.inbox.EtaRequestId;
import io.promisedesk.inbox.EtaRequestStore;
import io.promisedesk.inbox.RequestState;
import io.promisedesk.inbox.Urgency;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static io.promisedesk.jira.store.Rows.columns;

/**
 * Keeps ETA requests in Active Objects: a row per request, a row per ask. The database keeps one open request per
 * issue (a unique column) and a change replaces the row of the revision it read, or nothing. Answered requests are
 * found by the answer's time column.
 */
public final class AoEtaRequestStore implements EtaRequestStore, AnsweredRequestLog {
    private static final String BY_NUMBER = EtaRequestEntity.REQUEST_NO + " = ?";

    private final ActiveObjects ao;

    public AoEtaRequestStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public EtaRequestId nextId() {
        return ao.executeInTransaction(
                () -> new EtaRequestId(ao.create(EtaRequestNumberEntity.class, Map.of()).getID()));
    }

    @Override
    public Optional<EtaRequest> openRequestOn(IssueKey issue) {
        Require.present(issue, "issue");
        return ao.executeInTransaction(() -> openRow(issue).map(this::request));
    }

    @Override
    public List<EtaRequest> openRequestsOf(TeamKey team) {
        Require.present(team, "team");
        return ao.executeInTransaction(() -> requestsOf(team, RequestState.OPEN));
    }

    @Override
    public List<EtaRequest> answeredRequestsOf(TeamKey team, Instant since) {
        Require.present(team, "team");
        Require.present(since, "since");
        return ao.executeInTransaction(() -> requestsOf(team, RequestState.ANSWERED).stream()
                .filter(request -> !request.answeredAt().orElseThrow().isBefore(since))
                .toList());
    }

    @Override
    public List<EtaRequest> answeredBetween(Instant after, Instant upTo) {
        Require.present(after, "after");
        Require.present(upTo, "upTo");
        return ao.executeInTransaction(() -> Rows.withinSeconds(ao, EtaRequestEntity.class,
                        EtaRequestEntity.ANSWERED_AT, after, upTo).stream()
                .map(this::request)
                .filter(request -> Rows.within(request.answeredAt().orElseThrow(), after, upTo))
                .sorted(Comparator.comparing((EtaRequest request) -> request.answeredAt().orElseThrow())
                        .thenComparingLong(request -> request.id().value()))
                .toList());
    }

    @Override
    public boolean replace(Optional<EtaRequest> before, EtaRequest after) {
        Require.present(before, "before");
        Require.present(after, "after");
        if (before.isPresent() && !before.get().id().equals(after.id())) {
            throw new IllegalArgumentException(
                    "request " + after.id() + " cannot replace request " + before.get().id());
        }
        try {
            return ao.executeInTransaction(() -> before.isPresent() ? change(before.get(), after) : add(after));
        } catch (ConcurrentWrite lost) {
            return false;
        } catch (RuntimeException failure) {
            // A unique column refused the write: another request for the issue, or this one, got in first.
            if (!ao.executeInTransaction(() -> isAsRead(before, after))) {
                return false;
            }
            throw failure;
        }
    }

    private boolean add(EtaRequest request) {
        if (!isAsRead(Optional.empty(), request)) {
            return false;
        }
        insert(request, 1);
        return true;
    }

    private boolean change(EtaRequest before, EtaRequest after) {
        Optional<EtaRequestEntity> stored = row(after.id());
        if (stored.isEmpty() || !request(stored.get()).equals(before)) {
            return false;
        }
        int revision = stored.get().getRevision();
        long number = after.id().value();
        if (ao.deleteWithSQL(EtaRequestEntity.class, BY_NUMBER + " AND " + EtaRequestEntity.REVISION + " = ?",
                number, revision) != 1) {
            throw new ConcurrentWrite();
        }
        ao.deleteWithSQL(EtaRequestAskEntity.class, EtaRequestAskEntity.REQUEST_NO + " = ?", number);
        insert(after, revision + 1);
        return true;
    }

    /** Whether the store still holds what the writer read: {@code before}, or for a new request nothing in its way. */
    private boolean isAsRead(Optional<EtaRequest> before, EtaRequest after) {
        Optional<EtaRequestEntity> stored = row(after.id());
        if (before.isPresent()) {
            return stored.isPresent() && request(stored.get()).equals(before.get());
        }
        return stored.isEmpty() && !(after.isOpen() && openRow(after.issue()).isPresent());
    }

    private Optional<EtaRequestEntity> openRow(IssueKey issue) {
        return Rows.where(ao, EtaRequestEntity.class, EtaRequestEntity.OPEN_SLOT + " = ?", issue.toString()).stream()
                .findFirst();
    }

    private Optional<EtaRequestEntity> row(EtaRequestId id) {
        return Rows.where(ao, EtaRequestEntity.class, BY_NUMBER, id.value()).stream().findFirst();
    }

    private List<EtaRequest> requestsOf(TeamKey team, RequestState state) {
        return Rows.where(ao, EtaRequestEntity.class,
                        EtaRequestEntity.TEAM_KEY + " = ? AND " + EtaRequestEntity.REQUEST_STATE + " = ?",
                        team.value(), state.name()).stream()
                .sorted(Comparator.comparingLong(EtaRequestEntity::getRequestNo))
                .map(this::request)
                .toList();
    }

    private void insert(EtaRequest request, int revision) {
        long number = request.id().value();
        Optional<EtaChange> answer = request.answer();
        ao.create(EtaRequestEntity.class, columns(
                EtaRequestEntity.REQUEST_NO, number,
                EtaRequestEntity.REVISION, revision,
                EtaRequestEntity.ISSUE_KEY, request.issue().toString(),
                EtaRequestEntity.TEAM_KEY, request.team().value(),
                EtaRequestEntity.REQUEST_STATE, request.state().name(),
                EtaRequestEntity.OPEN_SLOT, request.isOpen() ? request.issue().toString() : "#" + number,
                EtaRequestEntity.COMMITMENT_DATE, Rows.text(request.commitmentDate()),
                EtaRequestEntity.ANSWER_AUTHOR, answer.map(EtaChange::author).orElse(null),
                EtaRequestEntity.ANSWERED_AT, Rows.text(answer.map(EtaChange::when)),
                EtaRequestEntity.ANSWER_OLD_ETA, Rows.text(answer.flatMap(EtaChange::oldEta)),
                EtaRequestEntity.ANSWER_NEW_ETA, Rows.text(answer.map(EtaChange::newEta)),
                EtaRequestEntity.ANSWER_REASON, answer.flatMap(EtaChange::reason).orElse(null)));
        List<Ask> asks = request.asks();
        for (int position = 0; position < asks.size(); position++) {
            Ask ask = asks.get(position);
            ao.create(EtaRequestAskEntity.class, columns(
                    EtaRequestAskEntity.REQUEST_NO, number,
                    EtaRequestAskEntity.LIST_POSITION, position,
                    EtaRequestAskEntity.REQUESTER, ask.requester(),
                    EtaRequestAskEntity.CUSTOMER, ask.customer().name(),
                    EtaRequestAskEntity.URGENCY, ask.urgency().name(),
                    EtaRequestAskEntity.QUESTION, ask.question().orElse(null),
                    EtaRequestAskEntity.ASKED_AT, ask.askedAt().toString()));
        }
    }

    private EtaRequest request(EtaRequestEntity row) {
        IssueKey issue = IssueKey.parse(row.getIssueKey());
        List<Ask> asks = new ArrayList<>();
        Rows.where(ao, EtaRequestAskEntity.class, EtaRequestAskEntity.REQUEST_NO + " = ?", row.getRequestNo())
                .stream()
                .sorted(Comparator.comparingInt(EtaRequestAskEntity::getListPosition))
                .forEach(ask -> asks.add(new Ask(ask.getRequester(), new Customer(ask.getCustomer()),
                        Urgency.valueOf(ask.getUrgency()), Rows.optional(ask.getQuestion()),
                        Rows.instant(ask.getAskedAt()))));
        Optional<EtaChange> answer = Optional.ofNullable(row.getAnsweredAt()).map(answeredAt -> new EtaChange(issue,
                row.getAnswerAuthor(), Rows.instant(answeredAt), Rows.date(row.getAnswerOldEta()),
                LocalDate.parse(row.getAnswerNewEta()), Rows.optional(row.getAnswerReason())));
        return new EtaRequest(new EtaRequestId(row.getRequestNo()), issue, new TeamKey(row.getTeamKey()),
                Rows.date(row.getCommitmentDate()), asks, answer);
    }
}
