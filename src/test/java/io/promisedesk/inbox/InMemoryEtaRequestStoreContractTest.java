package io.promisedesk.inbox;

/** The in-memory ETA request store keeps the store contract. */
public class InMemoryEtaRequestStoreContractTest extends EtaRequestStoreContract {
    @Override
    protected EtaRequestStore newStore() {
        return new InMemoryEtaRequestStore();
    }
}
