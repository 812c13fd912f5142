package io.promisedesk.jira.field;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import io.promisedesk.eta.EtaChange;
import io.promisedesk.eta.EtaHistory;
import io.promisedesk.eta.EtaHistoryStore;
import io.promisedesk.work.IssueKey;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;

/** The ETA history store that also writes each saved ETA into the issue's ETA field, where Jira's search reads it. */
public class FieldSyncingEtaHistoryStore implements EtaHistoryStore {
    private final EtaHistoryStore stored;
    private final IssueFieldWriter writer;
    private final FieldValues values;

    public FieldSyncingEtaHistoryStore(EtaHistoryStore stored, IssueManager issueManager,
            CustomFieldManager customFieldManager, JiraAuthenticationContext authenticationContext, Clock clock) {
        this.stored = stored;
        this.writer = new IssueFieldWriter(issueManager, customFieldManager, authenticationContext);
        // Jira's date fields hold days in the server's time zone, as our field types do.
        this.values = new FieldValues(clock.getZone());
    }

    @Override
    public EtaHistory load(IssueKey issue) {
        return stored.load(issue);
    }

    @Override
    public Map<IssueKey, EtaHistory> historiesOf(Collection<IssueKey> issues) {
        return stored.historiesOf(issues);
    }

    @Override
    public boolean save(EtaChange change) {
        boolean saved = stored.save(change);
        if (saved) {
            writer.write(change.issue(), EtaFieldType.class, values.eta(change));
        }
        return saved;
    }
}
