package io.promisedesk.inbox;

/** The in-memory ETA request store keeps the answered request log contract. */
public class InMemoryAnsweredRequestLogContractTest extends AnsweredRequestLogContract<InMemoryEtaRequestStore> {
    @Override
    protected InMemoryEtaRequestStore newStore() {
        return new InMemoryEtaRequestStore();
    }
}
