package io.promisedesk.jira.store;

/**
 * Thrown inside a transaction when the row a write read is no longer there to replace: another writer got in first.
 * Throwing rolls the transaction back, so nothing of the write stays; the store then tells its caller.
 */
final class ConcurrentWrite extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ConcurrentWrite() {
        super("another writer changed the row first", null, false, false);
    }
}
