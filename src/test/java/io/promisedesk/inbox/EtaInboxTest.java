package io.promisedesk.inbox;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.team.TeamKey;
import org.junit.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static io.promisedesk.fixtures.EtaRequestBuilder.anEtaRequest;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class EtaInboxTest {
    private static final TeamKey PLATFORM = new TeamKey("platform");
    /** Wednesday 5 March 2025, 09:00 UTC. */
    private static final Clock NOW = Clock.fixed(Instant.parse("2025-03-05T09:00:00Z"), ZoneOffset.UTC);

    @Test
    public void moreUrgentRequest_comesFirstWhateverItsCommitmentAndAge() {
        EtaRequest noRush = anEtaRequest("OPS-1").urgency(Urgency.NO_RUSH).committedTo("2025-03-05")
                .askedAt("2025-03-03T09:00:00Z").build();
        EtaRequest thisWeek = anEtaRequest("OPS-2").urgency(Urgency.THIS_WEEK).committedTo("2025-03-28")
                .askedAt("2025-03-04T09:00:00Z").build();
        EtaRequest today = anEtaRequest("OPS-3").urgency(Urgency.TODAY).askedAt("2025-03-05T08:00:00Z").build();

        EtaInbox inbox = EtaInbox.of(PLATFORM, List.of(noRush, thisWeek, today), NOW);

        assertEquals(List.of(today, thisWeek, noRush), inbox.open());
    }

    @Test
    public void sameUrgency_earlierCommitmentDateFirst() {
        EtaRequest later = anEtaRequest("OPS-1").committedTo("2025-03-21").askedAt("2025-03-03T09:00:00Z").build();
        EtaRequest earlier = anEtaRequest("OPS-2").committedTo("2025-03-14").askedAt("2025-03-04T09:00:00Z").build();

        EtaInbox inbox = EtaInbox.of(PLATFORM, List.of(later, earlier), NOW);

        assertEquals(List.of(earlier, later), inbox.open());
    }

    @Test
    public void sameUrgency_requestWithoutCommitmentDateComesLast() {
        EtaRequest uncommitted = anEtaRequest("OPS-1").askedAt("2025-03-03T09:00:00Z").build();
        EtaRequest committed = anEtaRequest("OPS-2").committedTo("2025-06-30").askedAt("2025-03-04T09:00:00Z").build();

        EtaInbox inbox = EtaInbox.of(PLATFORM, List.of(uncommitted, committed), NOW);

        assertEquals(List.of(committed, uncommitted), inbox.open());
    }

    @Test
    public void sameUrgencyAndCommitmentDate_longestWaitingFirst() {
        EtaRequest newer = anEtaRequest("OPS-1").committedTo("2025-03-14").askedAt("2025-03-04T09:00:00Z").build();
        EtaRequest older = anEtaRequest("OPS-2").committedTo("2025-03-14").askedAt("2025-03-03T09:00:00Z").build();

        EtaInbox inbox = EtaInbox.of(PLATFORM, List.of(newer, older), NOW);

        assertEquals(List.of(older, newer), inbox.open());
    }

    @Test
    public void sameUrgencyCommitmentDateAndAge_inIssueKeyOrder() {
        EtaRequest ops10 = anEtaRequest("OPS-10").committedTo("2025-03-14").build();
        EtaRequest ops2 = anEtaRequest("OPS-2").committedTo("2025-03-14").build();
        EtaRequest net1 = anEtaRequest("NET-1").committedTo("2025-03-14").build();

        EtaInbox inbox = EtaInbox.of(PLATFORM, List.of(ops10, ops2, net1), NOW);

        // Project key alphabetically, then the number numerically: OPS-2 before OPS-10.
        assertEquals(List.of(net1, ops2, ops10), inbox.open());
    }

    @Test
    public void answeredRequests_areNotAmongTheOpenOnes() {
        EtaRequest open = anEtaRequest("OPS-1").build();
        EtaRequest answered = anEtaRequest("OPS-2").answeredAt("2025-03-04T09:00:00Z").build();

        EtaInbox inbox = EtaInbox.of(PLATFORM, List.of(open, answered), NOW);

        assertEquals(List.of(open), inbox.open());
        assertEquals(List.of(answered), inbox.answered());
    }

    @Test
    public void waitOfOpenRequest_runsUntilTheClocksNow() {
        EtaRequest request = anEtaRequest("OPS-1").askedAt("2025-03-03T09:00:00Z").build();

        EtaInbox inbox = EtaInbox.of(PLATFORM, List.of(request), NOW);

        assertEquals(Duration.ofDays(2), inbox.waitOf(request));
    }

    @Test
    public void medianWait_ofAnOddCount_isTheMiddleWait() {
        EtaInbox inbox = EtaInbox.of(PLATFORM, List.of(
                answeredAfter("OPS-1", Duration.ofHours(5)),
                answeredAfter("OPS-2", Duration.ofHours(1)),
                answeredAfter("OPS-3", Duration.ofHours(30)),
                anEtaRequest("OPS-4").askedAt("2025-03-01T09:00:00Z").build()), NOW);

        Optional<Duration> median = inbox.medianWaitOfAnswered();

        // The open request's four days of waiting do not count: it has no answer yet.
        assertEquals(Optional.of(Duration.ofHours(5)), median);
    }

    @Test
    public void medianWait_ofAnEvenCount_isTheMeanOfTheMiddleTwo() {
        EtaInbox inbox = EtaInbox.of(PLATFORM, List.of(
                answeredAfter("OPS-1", Duration.ofHours(1)),
                answeredAfter("OPS-2", Duration.ofHours(40)),
                answeredAfter("OPS-3", Duration.ofHours(2)),
                answeredAfter("OPS-4", Duration.ofMinutes(185))), NOW);

        Optional<Duration> median = inbox.medianWaitOfAnswered();

        // The middle two are 2:00 and 3:05.
        assertEquals(Optional.of(Duration.ofMinutes(152).plusSeconds(30)), median);
    }

    @Test
    public void medianWait_withoutAnsweredRequests_isEmpty() {
        EtaInbox inbox = EtaInbox.of(PLATFORM, List.of(anEtaRequest("OPS-1").build()), NOW);

        Optional<Duration> median = inbox.medianWaitOfAnswered();

        assertEquals(Optional.empty(), median);
    }

    @Test
    public void requestOfAnotherTeam_isRefused() {
        EtaRequest network = anEtaRequest("NET-4").team("network").build();

        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> EtaInbox.of(PLATFORM, List.of(network), NOW));

        assertEquals("team: must be platform, request 4 is for team network", error.getMessage());
        assertEquals("promisedesk.inbox.error.otherTeam", error.i18nKey());
        assertEquals(List.of("platform", 4L, "network"), error.arguments());
    }

    private static EtaRequest answeredAfter(String issue, Duration wait) {
        Instant asked = Instant.parse("2025-03-03T09:00:00Z");
        return anEtaRequest(issue).askedAt(asked.toString()).answeredAt(asked.plus(wait).toString()).build();
    }
}
