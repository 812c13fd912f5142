package io.promisedesk.jira.field;

import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.security.JiraAuthenticationContext;
import io.promisedesk.work.IssueKey;

import java.util.Optional;

/**
 * Writes a value into an issue's field of one of our field types as the signed-in user, the way an edit in Jira
 * would: recorded in the issue's change history and announced as an issue update, without mail.
 */
final class IssueFieldWriter {
    private final IssueManager issues;
    private final CustomFieldManager fields;
    private final JiraAuthenticationContext authentication;

    IssueFieldWriter(IssueManager issues, CustomFieldManager fields, JiraAuthenticationContext authentication) {
        this.issues = issues;
        this.fields = fields;
        this.authentication = authentication;
    }

    /** Does nothing when the issue is gone or no field of {@code fieldType} exists: the saved value stays ours alone. */
    void write(IssueKey key, Class<?> fieldType, Object value) {
        Optional<CustomField> field = OurField.of(fields, fieldType);
        MutableIssue issue = field.isPresent() ? issues.getIssueObject(key.toString()) : null;
        if (issue == null) {
            return;
        }
        issue.setCustomFieldValue(field.get(), value);
        issues.updateIssue(authentication.getLoggedInUser(), issue, EventDispatchOption.ISSUE_UPDATED, false);
    }
}
