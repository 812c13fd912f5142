package io.promisedesk.jira.event;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import io.promisedesk.common.Require;
import io.promisedesk.jira.field.CommitmentFieldEdits;
import io.promisedesk.jira.field.EtaFieldEdits;
import io.promisedesk.work.IssueKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Hears Jira's issue events on this node and hands them to {@link IssueChanges}, which patches the teams' snapshots
 * and marks the teams for the other nodes, to {@link EtaFieldEdits}, which records an ETA edited in the issue's field,
 * and to {@link CommitmentFieldEdits}, which records a commitment edited in its field. Registered with Jira's
 * event publisher when the plugin's Spring context starts ({@link #register}) and unregistered when it stops
 * ({@link #unregister}), as the wiring's init and destroy methods.
 */
public final class IssueEventListener {
    private static final Logger LOG = LoggerFactory.getLogger(IssueEventListener.class);
    private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]*-[1-9][0-9]{0,17}");

    private final EventPublisher events;
    private final IssueChanges changes;
    private final EtaFieldEdits etaEdits;
    private final CommitmentFieldEdits commitmentEdits;

    public IssueEventListener(EventPublisher events, IssueChanges changes, EtaFieldEdits etaEdits,
                              CommitmentFieldEdits commitmentEdits) {
        this.events = Require.present(events, "events");
        this.changes = Require.present(changes, "changes");
        this.etaEdits = Require.present(etaEdits, "etaEdits");
        this.commitmentEdits = Require.present(commitmentEdits, "commitmentEdits");
    }

    public void register() {
        events.register(this);
    }

    public void unregister() {
        events.unregister(this);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Optional<IssueKey> issue = issueKey(event);
        if (issue.isEmpty()) {
            return;
        }
        try {
            if (EventType.ISSUE_MOVED_ID.equals(event.getEventTypeId())) {
                changes.moved(issue.get());
            } else {
                changes.changed(issue.get());
            }
        } catch (RuntimeException failed) {
            // The edit stands in Jira either way; the periodic search of the team catches what this missed.
            LOG.warn("Promise Desk could not take the change of {} into the teams' workload: {}", issue.get(),
                    failed.toString());
        }
        // A deleted issue's history stays as it was; a moved one's starts under its new key with the field's ETA and
        // commitment. Neither recorder lets a failure of ours reach Jira's event.
        if (!EventType.ISSUE_DELETED_ID.equals(event.getEventTypeId())) {
            etaEdits.heard(issue.get(), event.getIssue(), event.getUser());
            commitmentEdits.heard(issue.get(), event.getIssue(), event.getUser());
        }
    }

    /** Defensive: an event without an issue, or a key not of the form PROJECT-123, is not ours to judge. */
    private static Optional<IssueKey> issueKey(IssueEvent event) {
        if (event == null || event.getIssue() == null || event.getIssue().getKey() == null
                || !KEY.matcher(event.getIssue().getKey()).matches()) {
            return Optional.empty();
        }
        return Optional.of(IssueKey.parse(event.getIssue().getKey()));
    }
}
