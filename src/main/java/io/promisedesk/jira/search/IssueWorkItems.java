package io.promisedesk.jira.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.user.ApplicationUser;
import io.promisedesk.common.Hours;
import io.promisedesk.jira.field.CommitmentDate;
import io.promisedesk.jira.field.EtaValue;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.StatusCategory;
import io.promisedesk.work.WorkItem;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Turns a Jira issue into the engine's work item at once, reading only what the engine needs: key, summary, status
 * and its category, priority, assignee, remaining estimate, and our two fields' values when the instance has them.
 */
final class IssueWorkItems {
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private final Optional<CustomField> commitmentField;
    private final Optional<CustomField> etaField;

    IssueWorkItems(Optional<CustomField> commitmentField, Optional<CustomField> etaField) {
        this.commitmentField = commitmentField;
        this.etaField = etaField;
    }

    WorkItem workItem(Issue issue) {
        Status status = issue.getStatus();
        WorkItem.Builder item = WorkItem.builder(IssueKey.parse(issue.getKey()), category(status))
                .summary(issue.getSummary())
                .status(status == null ? null : status.getName())
                .priority(Optional.ofNullable(issue.getPriority()).map(Priority::getName).orElse(null))
                .assignee(Optional.ofNullable(issue.getAssignee()).map(ApplicationUser::getUsername).orElse(null))
                .remaining(hours(issue.getEstimate()));
        commitmentField.map(issue::getCustomFieldValue)
                .filter(CommitmentDate.class::isInstance).map(CommitmentDate.class::cast)
                .ifPresent(value -> item.commitment(value.commitment()));
        etaField.map(issue::getCustomFieldValue)
                .filter(EtaValue.class::isInstance).map(EtaValue.class::cast)
                .ifPresent(value -> item.eta(value.day()));
        return item.build();
    }

    /** Jira's category keys; "undefined" (a status without one) counts as not started, as Jira shows it. */
    private static StatusCategory category(Status status) {
        String key = status == null || status.getStatusCategory() == null ? null : status.getStatusCategory().getKey();
        if (StatusCategory.DONE.jiraKey().equals(key)) {
            return StatusCategory.DONE;
        }
        return StatusCategory.IN_PROGRESS.jiraKey().equals(key) ? StatusCategory.IN_PROGRESS : StatusCategory.NEW;
    }

    /** Jira keeps the remaining estimate in seconds; null means nobody estimated the issue. */
    private static Hours hours(Long seconds) {
        if (seconds == null) {
            return null;
        }
        return Hours.of(BigDecimal.valueOf(seconds).divide(SECONDS_PER_HOUR, 3, RoundingMode.HALF_UP));
    }
}
