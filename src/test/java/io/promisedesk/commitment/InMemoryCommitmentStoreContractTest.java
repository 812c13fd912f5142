package io.promisedesk.commitment;

/** The in-memory commitment store keeps the store contract. */
public class InMemoryCommitmentStoreContractTest extends CommitmentStoreContract {
    @Override
    protected CommitmentStore newStore() {
        return new InMemoryCommitmentStore();
    }
}
