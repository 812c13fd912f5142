package io.promisedesk.inbox;

import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static io.promisedesk.fixtures.EtaRequestBuilder.anEtaRequest;
import static org.junit.Assert.assertEquals;

/**
 * What every ETA request store that is also an {@link AnsweredRequestLog} answers about the requests answered in one
 * stretch of time: run against each implementation.
 */
public abstract class AnsweredRequestLogContract<S extends EtaRequestStore & AnsweredRequestLog> {
    protected S store;

    protected abstract S newStore();

    @Before
    public void createStore() {
        store = newStore();
    }

    @Test
    public void requestsOfEveryTeam_answeredAfterTheStartAndUpToTheEnd_comeOldestAnswerFirst() {
        EtaRequest atStart = anEtaRequest("OPS-1").answeredAt("2025-03-03T09:00:00Z").build();
        EtaRequest late = anEtaRequest("OPS-2").answeredAt("2025-03-03T15:00:00Z").build();
        EtaRequest otherTeam = anEtaRequest("NET-3").team("network").by("kim").answeredAt("2025-03-03T10:00:00Z")
                .build();
        EtaRequest atEnd = anEtaRequest("OPS-4").answeredAt("2025-03-04T09:00:00Z").build();
        EtaRequest afterEnd = anEtaRequest("OPS-5").answeredAt("2025-03-04T09:00:00.001Z").build();
        EtaRequest open = anEtaRequest("OPS-6").build();
        List.of(atStart, late, otherTeam, atEnd, afterEnd, open)
                .forEach(request -> store.replace(Optional.empty(), request));

        List<EtaRequest> answered = store.answeredBetween(Instant.parse("2025-03-03T09:00:00Z"),
                Instant.parse("2025-03-04T09:00:00Z"));

        assertEquals(List.of(otherTeam, late, atEnd), answered);
    }

    @Test
    public void theBounds_holdWithinASecond() {
        EtaRequest halfPast = anEtaRequest("OPS-1").answeredAt("2025-03-03T09:00:00.500Z").build();
        store.replace(Optional.empty(), halfPast);

        assertEquals(List.of(halfPast), store.answeredBetween(Instant.parse("2025-03-03T09:00:00.499Z"),
                Instant.parse("2025-03-03T09:00:00.500Z")));
        assertEquals(List.of(), store.answeredBetween(Instant.parse("2025-03-03T09:00:00.500Z"),
                Instant.parse("2025-03-03T09:00:01Z")));
    }

    @Test
    public void openRequests_areNeverInTheLog() {
        store.replace(Optional.empty(), anEtaRequest("OPS-1").build());

        assertEquals(List.of(), store.answeredBetween(Instant.EPOCH, Instant.parse("2030-01-01T00:00:00Z")));
    }
}
