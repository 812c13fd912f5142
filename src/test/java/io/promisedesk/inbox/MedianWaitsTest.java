package io.promisedesk.inbox;

import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.promisedesk.fixtures.EtaRequestBuilder.anEtaRequest;
import static org.junit.Assert.assertEquals;

public class MedianWaitsTest {
    private static final TeamKey PLATFORM = new TeamKey("platform");
    private static final Clock NOW = Clock.fixed(Instant.parse("2025-03-31T09:00:00Z"), ZoneOffset.UTC);

    private final InMemoryEtaRequestStore store = new InMemoryEtaRequestStore();
    private final List<String> reads = new ArrayList<>();
    private final MedianWaits waits = new MedianWaits(new CountingStore(), NOW);

    private void store(EtaRequest... requests) {
        for (EtaRequest request : requests) {
            store.replace(Optional.empty(), request);
        }
    }

    @Test
    public void aTeamThatAnsweredNothing_hasNoMedian() {
        store(anEtaRequest("OPS-1").askedAt("2025-03-30T09:00:00Z").build());

        assertEquals(Optional.empty(), waits.of(PLATFORM, issue -> true));
    }

    @Test
    public void oneAnsweredRequest_isTheMedian() {
        store(anEtaRequest("OPS-1").askedAt("2025-03-24T09:00:00Z").answeredAt("2025-03-24T12:20:00Z").build());

        assertEquals(Optional.of(Duration.ofMinutes(200)), waits.of(PLATFORM, issue -> true));
    }

    @Test
    public void anEvenCount_takesTheMeanOfTheMiddleTwo_andOpenOrOtherTeamsRequestsDoNotCount() {
        store(anEtaRequest("OPS-1").askedAt("2025-03-24T09:00:00Z").answeredAt("2025-03-24T10:00:00Z").build(),
                anEtaRequest("OPS-2").askedAt("2025-03-24T09:00:00Z").answeredAt("2025-03-24T11:00:00Z").build(),
                anEtaRequest("OPS-3").askedAt("2025-03-24T09:00:00Z").answeredAt("2025-03-24T15:00:00Z").build(),
                anEtaRequest("OPS-4").askedAt("2025-03-20T09:00:00Z").answeredAt("2025-03-26T09:00:00Z").build(),
                anEtaRequest("OPS-5").askedAt("2025-01-01T09:00:00Z").build(),
                anEtaRequest("NET-6").team("network").askedAt("2025-03-01T09:00:00Z")
                        .answeredAt("2025-03-30T09:00:00Z").build());

        // 1 h, 2 h, 6 h and 6 days: the middle two are 2 h and 6 h.
        assertEquals(Optional.of(Duration.ofHours(4)), waits.of(PLATFORM, issue -> true));
    }

    @Test
    public void onlyRequestsAnsweredInTheLast30Days_count() {
        store(anEtaRequest("OPS-1").askedAt("2025-02-20T09:00:00Z").answeredAt("2025-02-28T09:00:00Z").build(),
                anEtaRequest("OPS-2").askedAt("2025-03-01T07:00:00Z").answeredAt("2025-03-01T09:00:00Z").build());

        assertEquals("answered exactly 30 days before now still counts", Optional.of(Duration.ofHours(2)),
                waits.of(PLATFORM, issue -> true));
        assertEquals(Duration.ofDays(30), MedianWaits.WINDOW);
    }

    @Test
    public void eachTeam_isOneReadOfItsAnsweredRequests() {
        store(anEtaRequest("OPS-1").askedAt("2025-03-24T09:00:00Z").answeredAt("2025-03-24T10:00:00Z").build(),
                anEtaRequest("OPS-2").askedAt("2025-03-24T09:00:00Z").build());

        waits.of(PLATFORM, issue -> true);
        waits.of(new TeamKey("network"), issue -> true);

        assertEquals(List.of("answered platform since 2025-03-01T09:00:00Z",
                "answered network since 2025-03-01T09:00:00Z"), reads);
    }

    /** Records every read, so that a test sees how often the store is asked. */
    private final class CountingStore implements EtaRequestStore {
        @Override
        public EtaRequestId nextId() {
            return store.nextId();
        }

        @Override
        public Optional<EtaRequest> openRequestOn(IssueKey issue) {
            reads.add("open on " + issue);
            return store.openRequestOn(issue);
        }

        @Override
        public List<EtaRequest> openRequestsOf(TeamKey team) {
            reads.add("open " + team.value());
            return store.openRequestsOf(team);
        }

        @Override
        public List<EtaRequest> answeredRequestsOf(TeamKey team, Instant since) {
            reads.add("answered " + team.value() + " since " + since);
            return store.answeredRequestsOf(team, since);
        }

        @Override
        public boolean replace(Optional<EtaRequest> before, EtaRequest after) {
            return store.replace(before, after);
        }
    }
}
