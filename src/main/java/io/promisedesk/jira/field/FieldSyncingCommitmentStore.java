package io.promisedesk.jira.field;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import io.promisedesk.commitment.CommitmentStore;
import io.promisedesk.commitment.SavedCommitment;
import io.promisedesk.commitment.StoredCommitment;
import io.promisedesk.work.IssueKey;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The commitment store that also writes each saved commitment (not one that lost the race) into the issue's Sales
 * Commitment field.
 */
public class FieldSyncingCommitmentStore implements CommitmentStore {
    private final CommitmentStore stored;
    private final IssueFieldWriter writer;
    private final FieldValues values;

    public FieldSyncingCommitmentStore(CommitmentStore stored, IssueManager issueManager,
            CustomFieldManager customFieldManager, JiraAuthenticationContext authenticationContext, Clock clock) {
        this.stored = stored;
        this.writer = new IssueFieldWriter(issueManager, customFieldManager, authenticationContext);
        this.values = new FieldValues(clock.getZone());
    }

    @Override
    public Optional<SavedCommitment> load(IssueKey issue) {
        return stored.load(issue);
    }

    @Override
    public Map<IssueKey, StoredCommitment> currentOf(Collection<IssueKey> issues) {
        return stored.currentOf(issues);
    }

    @Override
    public Optional<SavedCommitment> save(StoredCommitment commitment, Optional<StoredCommitment> replacing) {
        Optional<SavedCommitment> saved = stored.save(commitment, replacing);
        if (saved.isPresent()) {
            writer.write(commitment.issue(), SalesCommitmentFieldType.class, values.commitment(commitment));
        }
        return saved;
    }
}
