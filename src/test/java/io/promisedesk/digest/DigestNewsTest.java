package io.promisedesk.digest;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.StoredCommitment;
import io.promisedesk.eta.EtaChange;
import io.promisedesk.inbox.Ask;
import io.promisedesk.inbox.EtaRequest;
import io.promisedesk.inbox.EtaRequestId;
import io.promisedesk.inbox.Urgency;
import io.promisedesk.commitment.Customer;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.promisedesk.fixtures.EtaChangeBuilder.anEtaChange;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class DigestNewsTest {
    private static final Instant BEFORE = Instant.parse("2025-03-01T00:00:00Z");
    private static final Instant AFTER = Instant.parse("2025-04-01T00:00:00Z");
    private final Map<IssueKey, StoredCommitment> commitments = Map.of(
            IssueKey.parse("OPS-1"), commitment("OPS-1", "sam"),
            IssueKey.parse("OPS-2"), commitment("OPS-2", "kim"));

    @Test
    public void aChange_isNewsForTheIssuesCommitter() {
        EtaChange change = anEtaChange().on("OPS-1").build();

        DigestNews news = news(List.of(change), List.of());

        assertEquals(List.of("sam"), news.readers());
        assertEquals(List.of(new DigestEntry(change, Optional.of(commitments.get(IssueKey.parse("OPS-1"))),
                Optional.empty())), news.forUser("sam", BEFORE, AFTER));
    }

    @Test
    public void anAnswer_isNewsForEachRequester_once_evenWhenTheyAlsoCommitted() {
        EtaChange change = anEtaChange().on("OPS-1").at("2025-03-03T12:00:00Z").build();
        EtaRequest request = answered(change, "sam", "kim", "sam");

        DigestNews news = news(List.of(change), List.of(request));

        assertEquals(List.of("kim", "sam"), news.readers());
        assertEquals(1, news.forUser("sam", BEFORE, AFTER).size());
        assertEquals(Optional.of(request), news.forUser("sam", BEFORE, AFTER).get(0).answeredRequest());
        assertEquals(Optional.of(request), news.forUser("kim", BEFORE, AFTER).get(0).answeredRequest());
    }

    @Test
    public void theSameChangeReadBackWithLessPrecision_countsOnce() {
        EtaChange precise = anEtaChange().on("OPS-1").at("2025-03-03T12:00:00.123456Z").build();
        EtaChange stored = anEtaChange().on("OPS-1").at("2025-03-03T12:00:00.123Z").build();

        DigestNews news = news(List.of(stored), List.of(answered(precise, "kim")));

        assertEquals(1, news.forUser("sam", BEFORE, AFTER).size());
        assertEquals(1, news.forUser("kim", BEFORE, AFTER).size());
    }

    @Test
    public void anAnswerMissingFromTheChanges_isNewsAllTheSame() {
        EtaChange change = anEtaChange().on("OPS-3").at("2025-03-03T12:00:00Z").build();

        DigestNews news = news(List.of(), List.of(answered(change, "kim")));

        assertEquals(List.of("kim"), news.readers());
        assertEquals(Optional.empty(), news.forUser("kim", BEFORE, AFTER).get(0).commitment());
    }

    @Test
    public void aUsersNews_isCutToTheStretchAskedFor_endInclusive() {
        EtaChange early = anEtaChange().on("OPS-1").at("2025-03-03T07:00:00Z").build();
        EtaChange late = anEtaChange().on("OPS-1").at("2025-03-04T07:00:00Z").from("2025-03-10").to("2025-03-12")
                .build();

        DigestNews news = news(List.of(early, late), List.of());

        assertEquals(List.of(late), news.forUser("sam", Instant.parse("2025-03-03T07:00:00Z"),
                Instant.parse("2025-03-04T07:00:00Z")).stream().map(DigestEntry::change).toList());
        assertEquals(List.of(), news.forUser("nobody", BEFORE, AFTER));
    }

    @Test
    public void anOpenRequest_isRefusedAsAnswered() {
        EtaRequest open = EtaRequest.open(new EtaRequestId(1), IssueKey.parse("OPS-1"), new TeamKey("platform"),
                Optional.empty(), ask("sam", "2025-03-03T09:00:00Z"));

        assertThrows(IllegalArgumentException.class, () -> news(List.of(), List.of(open)));
    }

    @Test
    public void anEntry_refusesACommitmentOrRequestOfAnotherIssue() {
        EtaChange change = anEtaChange().on("OPS-2").at("2025-03-03T12:00:00Z").build();
        EtaChange other = anEtaChange().on("OPS-1").at("2025-03-03T12:00:00Z").build();

        assertThrows(IllegalArgumentException.class, () -> new DigestEntry(change,
                Optional.of(commitments.get(IssueKey.parse("OPS-1"))), Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new DigestEntry(change, Optional.empty(),
                Optional.of(answered(other, "kim"))));
    }

    @Test
    public void aDigest_sortsItsEntriesOldestFirst_andRefusesNewsOutsideItsPeriod() {
        DigestEntry later = entry(anEtaChange().on("OPS-1").at("2025-03-04T07:00:00Z").build());
        DigestEntry earlier = entry(anEtaChange().on("OPS-2").at("2025-03-03T07:00:00Z").build());

        Digest digest = new Digest("sam", DigestFrequency.DAILY, BEFORE, AFTER, List.of(later, earlier));

        assertEquals(List.of(earlier, later), digest.entries());
        assertThrows(IllegalArgumentException.class, () -> new Digest("sam", DigestFrequency.DAILY,
                Instant.parse("2025-03-03T07:00:00Z"), AFTER, List.of(earlier)));
        assertThrows(IllegalArgumentException.class, () -> new Digest("sam", DigestFrequency.DAILY, AFTER, BEFORE,
                List.of()));
    }

    private DigestNews news(List<EtaChange> changes, List<EtaRequest> answered) {
        return DigestNews.of(changes, answered, issue -> Optional.ofNullable(commitments.get(issue)));
    }

    private static DigestEntry entry(EtaChange change) {
        return new DigestEntry(change, Optional.empty(), Optional.empty());
    }

    private static EtaRequest answered(EtaChange change, String... requesters) {
        EtaRequest request = EtaRequest.open(new EtaRequestId(7), change.issue(), new TeamKey("platform"),
                Optional.empty(), ask(requesters[0], "2025-03-03T09:00:00Z"));
        for (int i = 1; i < requesters.length; i++) {
            request = request.join(ask(requesters[i], "2025-03-03T10:00:00Z"), new TeamKey("platform"),
                    Optional.empty());
        }
        return request.answeredBy(change);
    }

    private static Ask ask(String requester, String at) {
        return new Ask(requester, new Customer("ACME"), Urgency.THIS_WEEK, Optional.empty(), Instant.parse(at));
    }

    private static StoredCommitment commitment(String issue, String author) {
        return new StoredCommitment(IssueKey.parse(issue), Commitment.of(LocalDate.parse("2025-03-28"), "ACME"),
                Optional.empty(), author, Instant.parse("2025-01-01T00:00:00Z"));
    }
}
