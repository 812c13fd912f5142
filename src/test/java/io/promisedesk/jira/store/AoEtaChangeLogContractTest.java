package io.promisedesk.jira.store;

import io.promisedesk.eta.EtaChangeLogContract;
import org.junit.Test;

import java.time.Instant;

import static io.promisedesk.fixtures.EtaChangeBuilder.anEtaChange;
import static org.junit.Assert.assertEquals;

/** The Active Objects ETA history store keeps the change log contract, reading it in one transaction. */
public class AoEtaChangeLogContractTest extends EtaChangeLogContract<AoEtaHistoryStore> {
    private final FakeActiveObjects ao = new FakeActiveObjects();

    @Override
    protected AoEtaHistoryStore newStore() {
        return new AoEtaHistoryStore(ao.jira());
    }

    @Test
    public void readingTheLog_isOneTransaction() {
        store.save(anEtaChange().to("2025-03-10").build());
        int before = ao.transactions();

        store.changesBetween(Instant.EPOCH, Instant.parse("2030-01-01T00:00:00Z"));

        assertEquals(before + 1, ao.transactions());
    }
}
