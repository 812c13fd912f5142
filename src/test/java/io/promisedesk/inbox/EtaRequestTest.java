package io.promisedesk.inbox;

import io.promisedesk.commitment.Customer;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.eta.EtaChange;
import io.promisedesk.fixtures.EtaRequestBuilder;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static io.promisedesk.fixtures.EtaChangeBuilder.anEtaChange;
import static io.promisedesk.fixtures.EtaRequestBuilder.anEtaRequest;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class EtaRequestTest {
    private static final TeamKey PLATFORM = new TeamKey("platform");

    @Test
    public void newRequest_isOpenWithItsOnlyAsk() {
        EtaRequest request = anEtaRequest("OPS-1").by("sam").forCustomer("ACME").urgency(Urgency.THIS_WEEK)
                .asking("Before the audit?").askedAt("2025-03-03T09:00:00Z").build();

        assertEquals(RequestState.OPEN, request.state());
        assertEquals(Instant.parse("2025-03-03T09:00:00Z"), request.askedAt());
        assertEquals(Urgency.THIS_WEEK, request.urgency());
        assertEquals(List.of("sam"), request.requesters());
        assertEquals(List.of(new Customer("ACME")), request.customers());
        assertEquals(List.of("Before the audit?"), request.questions());
    }

    @Test
    public void join_keepsTheEarliestAskedAt() {
        EtaRequest request = anEtaRequest("OPS-1").askedAt("2025-03-03T09:00:00Z").build();

        EtaRequest joined = join(request, anEtaRequest("OPS-1").by("kim").askedAt("2025-03-04T15:00:00Z"));

        assertEquals(Instant.parse("2025-03-03T09:00:00Z"), joined.askedAt());
    }

    @Test
    public void join_raisesUrgencyToTheMoreUrgentAsk() {
        EtaRequest request = anEtaRequest("OPS-1").urgency(Urgency.NO_RUSH).build();

        EtaRequest joined = join(request, anEtaRequest("OPS-1").urgency(Urgency.TODAY).askedAt("2025-03-04T09:00:00Z"));

        assertEquals(Urgency.TODAY, joined.urgency());
    }

    @Test
    public void join_neverLowersUrgency() {
        EtaRequest request = anEtaRequest("OPS-1").urgency(Urgency.THIS_WEEK).build();

        EtaRequest joined = join(request, anEtaRequest("OPS-1").urgency(Urgency.NO_RUSH).askedAt("2025-03-04T09:00:00Z"));

        assertEquals(Urgency.THIS_WEEK, joined.urgency());
    }

    @Test
    public void join_collectsEveryRequesterCustomerAndQuestionOnce() {
        EtaRequest request = anEtaRequest("OPS-1").by("sam").forCustomer("ACME").asking("Before Friday?").build();

        EtaRequest joined = join(join(request,
                anEtaRequest("OPS-1").by("kim").forCustomer("Globex").askedAt("2025-03-03T10:00:00Z")),
                anEtaRequest("OPS-1").by("sam").forCustomer("ACME").asking("Any news?").askedAt("2025-03-03T11:00:00Z"));

        assertEquals(List.of("sam", "kim"), joined.requesters());
        assertEquals(List.of(new Customer("ACME"), new Customer("Globex")), joined.customers());
        assertEquals(List.of("Before Friday?", "Any news?"), joined.questions());
        assertEquals(3, joined.asks().size());
    }

    @Test
    public void join_takesTeamAndCommitmentDateFromTheNewAsk() {
        EtaRequest request = anEtaRequest("OPS-1").team("platform").committedTo("2025-03-14").build();

        EtaRequest joined = request.join(anEtaRequest("OPS-1").askedAt("2025-03-04T09:00:00Z").ask(),
                new TeamKey("network"), Optional.of(LocalDate.parse("2025-03-21")));

        assertEquals(new TeamKey("network"), joined.team());
        assertEquals(Optional.of(LocalDate.parse("2025-03-21")), joined.commitmentDate());
    }

    @Test
    public void answeredBy_closesTheRequestWithTheChange() {
        EtaRequest request = anEtaRequest("OPS-1").askedAt("2025-03-03T09:00:00Z").build();
        EtaChange change = anEtaChange().on("OPS-1").by("anna").at("2025-03-03T11:00:00Z").to("2025-03-14").build();

        EtaRequest answered = request.answeredBy(change);

        assertEquals(RequestState.ANSWERED, answered.state());
        assertEquals(Optional.of(change), answered.answer());
        assertEquals(Optional.of(Instant.parse("2025-03-03T11:00:00Z")), answered.answeredAt());
        assertEquals(Optional.of("anna"), answered.answeredBy());
    }

    @Test
    public void answeredRequest_cannotBeJoined() {
        EtaRequest answered = anEtaRequest("OPS-1").id(7).answeredAt("2025-03-03T11:00:00Z").build();

        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> join(answered, anEtaRequest("OPS-1").askedAt("2025-03-04T09:00:00Z")));

        assertEquals("state: must be open, request 7 was answered at 2025-03-03T11:00:00Z", error.getMessage());
        assertEquals("promisedesk.inbox.error.answered", error.i18nKey());
    }

    @Test
    public void answeredRequest_cannotBeAnsweredAgain() {
        EtaRequest answered = anEtaRequest("OPS-1").id(7).answeredAt("2025-03-03T11:00:00Z").build();
        EtaChange later = anEtaChange().on("OPS-1").from("2025-03-14").to("2025-03-12").at("2025-03-04T09:00:00Z").build();

        InvalidValueException error = assertThrows(InvalidValueException.class, () -> answered.answeredBy(later));

        assertEquals("state: must be open, request 7 was answered at 2025-03-03T11:00:00Z", error.getMessage());
    }

    @Test
    public void answerForAnotherIssue_isInvalid() {
        EtaRequest request = anEtaRequest("OPS-1").build();
        EtaChange change = anEtaChange().on("OPS-2").at("2025-03-03T11:00:00Z").build();

        InvalidValueException error = assertThrows(InvalidValueException.class, () -> request.answeredBy(change));

        assertEquals("answer: must be for OPS-1, was for OPS-2", error.getMessage());
        assertEquals("promisedesk.inbox.error.otherIssue", error.i18nKey());
    }

    @Test
    public void answerBeforeTheFirstAsk_isInvalid() {
        EtaRequest request = anEtaRequest("OPS-1").id(3).askedAt("2025-03-03T09:00:00Z").build();
        EtaChange change = anEtaChange().on("OPS-1").at("2025-03-03T08:00:00Z").build();

        InvalidValueException error = assertThrows(InvalidValueException.class, () -> request.answeredBy(change));

        assertEquals("answer: must not be before request 3 was asked at 2025-03-03T09:00:00Z, was at "
                + "2025-03-03T08:00:00Z", error.getMessage());
        assertEquals("promisedesk.inbox.error.answerBeforeAsk", error.i18nKey());
        assertEquals(List.of(3L, Instant.parse("2025-03-03T09:00:00Z"), Instant.parse("2025-03-03T08:00:00Z")),
                error.arguments());
    }

    @Test
    public void requestWithoutAsks_isInvalid() {
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> new EtaRequest(
                new EtaRequestId(1), IssueKey.parse("OPS-1"), PLATFORM, Optional.empty(),
                List.of(), Optional.empty()));

        assertEquals("asks: must hold at least one ask", error.getMessage());
        assertEquals("promisedesk.inbox.error.noAsks", error.i18nKey());
    }

    @Test
    public void zeroId_isInvalid() {
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> new EtaRequestId(0));

        assertEquals("id: must be > 0, was 0", error.getMessage());
        assertEquals("promisedesk.inbox.error.id", error.i18nKey());
    }

    @Test
    public void waitOfOpenRequest_runsUntilNow() {
        EtaRequest request = anEtaRequest("OPS-1").askedAt("2025-03-03T09:00:00Z").build();

        Duration wait = request.waitAsOf(Instant.parse("2025-03-03T10:30:00Z"));

        assertEquals(Duration.ofMinutes(90), wait);
    }

    @Test
    public void waitOfAnsweredRequest_endsAtTheAnswer() {
        EtaRequest request = anEtaRequest("OPS-1").askedAt("2025-03-03T09:00:00Z")
                .answeredAt("2025-03-03T13:00:00Z").build();

        Duration wait = request.waitAsOf(Instant.parse("2025-03-05T09:00:00Z"));

        assertEquals(Duration.ofHours(4), wait);
    }

    @Test
    public void waitOfAnAskFromAClockAhead_isZeroNotNegative() {
        EtaRequest request = anEtaRequest("OPS-1").askedAt("2025-03-03T09:00:02Z").build();

        Duration wait = request.waitAsOf(Instant.parse("2025-03-03T09:00:00Z"));

        assertEquals(Duration.ZERO, wait);
    }

    private static EtaRequest join(EtaRequest request, EtaRequestBuilder ask) {
        return request.join(ask.ask(), PLATFORM, request.commitmentDate());
    }
}
