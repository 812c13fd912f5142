package io.promisedesk.eta;

import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.util.List;

import static io.promisedesk.fixtures.EtaChangeBuilder.anEtaChange;
import static org.junit.Assert.assertEquals;

/**
 * What every ETA history store that is also an {@link EtaChangeLog} answers about the changes of all issues in one
 * stretch of time: run against each implementation.
 */
public abstract class EtaChangeLogContract<S extends EtaHistoryStore & EtaChangeLog> {
    protected S store;

    protected abstract S newStore();

    @Before
    public void createStore() {
        store = newStore();
    }

    @Test
    public void changesOfEveryIssue_afterTheStartAndUpToTheEnd_comeOldestFirst() {
        EtaChange atStart = anEtaChange().on("OPS-1").to("2025-03-10").at("2025-03-03T09:00:00Z").build();
        EtaChange netFirst = anEtaChange().on("NET-4").to("2025-04-01").at("2025-03-03T11:00:00Z").build();
        EtaChange opsSlip = anEtaChange().on("OPS-1").from("2025-03-10").to("2025-03-12")
                .at("2025-03-03T10:00:00Z").build();
        EtaChange atEnd = anEtaChange().on("NET-4").from("2025-04-01").to("2025-04-02")
                .at("2025-03-04T09:00:00Z").build();
        EtaChange afterEnd = anEtaChange().on("NET-4").from("2025-04-02").to("2025-04-03")
                .at("2025-03-04T09:00:01Z").build();
        List.of(atStart, netFirst, opsSlip, atEnd, afterEnd).forEach(store::save);

        List<EtaChange> changes = store.changesBetween(Instant.parse("2025-03-03T09:00:00Z"),
                Instant.parse("2025-03-04T09:00:00Z"));

        assertEquals(List.of(opsSlip, netFirst, atEnd), changes);
    }

    @Test
    public void theBounds_holdWithinASecond() {
        EtaChange halfPast = anEtaChange().to("2025-03-10").at("2025-03-03T09:00:00.500Z").build();
        EtaChange onTheSecond = anEtaChange().on("NET-1").to("2025-03-11").at("2025-03-03T09:00:01Z").build();
        store.save(halfPast);
        store.save(onTheSecond);

        assertEquals(List.of(halfPast), store.changesBetween(Instant.parse("2025-03-03T09:00:00.499Z"),
                Instant.parse("2025-03-03T09:00:00.999999Z")));
        assertEquals(List.of(onTheSecond), store.changesBetween(Instant.parse("2025-03-03T09:00:00.500Z"),
                Instant.parse("2025-03-03T09:00:01Z")));
        assertEquals(List.of(), store.changesBetween(Instant.parse("2025-03-03T08:59:59Z"),
                Instant.parse("2025-03-03T09:00:00.499999999Z")));
    }

    @Test
    public void aStretchWithoutChanges_isEmpty() {
        store.save(anEtaChange().to("2025-03-10").at("2025-03-03T09:00:00Z").build());

        assertEquals(List.of(), store.changesBetween(Instant.parse("2025-03-03T09:00:00Z"),
                Instant.parse("2025-03-05T09:00:00Z")));
    }
}
