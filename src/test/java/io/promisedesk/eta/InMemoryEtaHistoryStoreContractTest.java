package io.promisedesk.eta;

/** The in-memory ETA history store keeps the store contract. */
public class InMemoryEtaHistoryStoreContractTest extends EtaHistoryStoreContract {
    @Override
    protected EtaHistoryStore newStore() {
        return new InMemoryEtaHistoryStore();
    }
}
