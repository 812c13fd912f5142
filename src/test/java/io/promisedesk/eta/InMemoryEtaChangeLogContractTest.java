package io.promisedesk.eta;

/** The in-memory ETA history store keeps the change log contract. */
public class InMemoryEtaChangeLogContractTest extends EtaChangeLogContract<InMemoryEtaHistoryStore> {
    @Override
    protected InMemoryEtaHistoryStore newStore() {
        return new InMemoryEtaHistoryStore();
    }
}
