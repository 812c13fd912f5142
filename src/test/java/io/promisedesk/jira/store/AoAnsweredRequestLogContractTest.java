package io.promisedesk.jira.store;

import io.promisedesk.inbox.AnsweredRequestLogContract;

/** The Active Objects ETA request store keeps the answered request log contract. */
public class AoAnsweredRequestLogContractTest extends AnsweredRequestLogContract<AoEtaRequestStore> {
    @Override
    protected AoEtaRequestStore newStore() {
        return new AoEtaRequestStore(new FakeActiveObjects().jira());
    }
}
