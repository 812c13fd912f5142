package io.promisedesk.statuslink;

/** The in-memory store keeps the store contract. */
public class InMemoryStatusLinkStoreTest extends StatusLinkStoreContract {
    @Override
    protected StatusLinkStore newStore() {
        return new InMemoryStatusLinkStore();
    }
}
