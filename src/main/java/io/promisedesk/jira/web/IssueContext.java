package io.promisedesk.jira.web;

import com.atlassian.jira.issue.Issue;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.work.IssueKey;

import java.util.Map;
import java.util.Optional;

/**
 * Reads the issue a web fragment is shown for from Jira's render context, where the issue view puts it under
 * {@code "issue"}; defensively, as the full list of keys for Jira 10.3 is not documented.
 */
final class IssueContext {
    static final String ISSUE = "issue";

    private IssueContext() {
    }

    /** The issue's key as our value; empty for no context, no issue, or a key that is not of the form PROJECT-123. */
    static Optional<IssueKey> issueKey(Map<String, Object> context) {
        if (context == null || !(context.get(ISSUE) instanceof Issue issue) || issue.getKey() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(IssueKey.parse(issue.getKey()));
        } catch (InvalidValueException notOurForm) {
            return Optional.empty();
        }
    }
}
