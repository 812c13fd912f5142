package io.promisedesk.commitment;

import io.promisedesk.common.Require;
import io.promisedesk.work.IssueKey;

/**
 * Whom an issue's stored commitment keeps informed by e-mail, for readers that must not take the commitment store
 * itself (it has two beans in Jira, which constructor autowiring by type could not choose between).
 */
public final class InformedOfIssue {
    private final CommitmentStore store;

    public InformedOfIssue(CommitmentStore store) {
        this.store = Require.present(store, "store");
    }

    /** The addresses of the issue's current commitment; none when it has no stored commitment. */
    public InformedAddresses of(IssueKey issue) {
        return store.load(Require.present(issue, "issue")).map(saved -> saved.current().informed())
                .orElse(InformedAddresses.none());
    }
}
