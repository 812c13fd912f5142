package io.promisedesk.inbox;

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

public class ShowEtaInboxTest {
    private static final TeamKey PLATFORM = new TeamKey("platform");
    private static final Clock NOW = Clock.fixed(Instant.parse("2025-03-31T09:00:00Z"), ZoneOffset.UTC);

    private final InMemoryEtaRequestStore store = new InMemoryEtaRequestStore();

    @Test
    public void inbox_holdsEveryOpenRequestAndOnlyTheRecentlyAnsweredOnes() {
        EtaRequest open = anEtaRequest("OPS-1").askedAt("2025-01-06T09:00:00Z").build();
        EtaRequest recent = anEtaRequest("OPS-2").askedAt("2025-03-24T09:00:00Z")
                .answeredAt("2025-03-24T11:00:00Z").build();
        EtaRequest old = anEtaRequest("OPS-3").askedAt("2025-03-03T09:00:00Z")
                .answeredAt("2025-03-07T09:00:00Z").build();
        List.of(open, recent, old).forEach(request -> store.replace(Optional.empty(), request));

        EtaInbox inbox = new ShowEtaInbox(store, NOW, Duration.ofDays(7)).show(PLATFORM);

        assertEquals(List.of(open), inbox.open());
        assertEquals(List.of(recent), inbox.answered());
        assertEquals(Optional.of(Duration.ofHours(2)), inbox.medianWaitOfAnswered());
        assertEquals(Instant.parse("2025-03-31T09:00:00Z"), inbox.asOf());
    }
}
