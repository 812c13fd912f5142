package io.promisedesk.digest;

/** The in-memory preference store keeps the preference store contract. */
public class InMemoryDigestPreferenceStoreContractTest extends DigestPreferenceStoreContract {
    @Override
    protected DigestPreferenceStore newStore() {
        return new InMemoryDigestPreferenceStore();
    }
}
