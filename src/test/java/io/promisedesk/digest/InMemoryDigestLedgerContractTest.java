package io.promisedesk.digest;

/** The in-memory digest ledger keeps the ledger contract. */
public class InMemoryDigestLedgerContractTest extends DigestLedgerContract {
    @Override
    protected DigestLedger newLedger() {
        return new InMemoryDigestLedger();
    }
}
