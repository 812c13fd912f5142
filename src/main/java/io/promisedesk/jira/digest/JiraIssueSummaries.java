package io.promisedesk.jira.digest;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import io.promisedesk.common.Require;
import io.promisedesk.digest.IssueSummaries;
import io.promisedesk.work.IssueKey;

import java.util.Optional;

/**
 * {@link IssueSummaries} read from Jira's issue as it is now, without a permission check of its own: the digest asks
 * only for issues its reader may browse.
 */
public final class JiraIssueSummaries implements IssueSummaries {
    private final IssueManager issues;

    public JiraIssueSummaries(IssueManager issues) {
        this.issues = Require.present(issues, "issues");
    }

    @Override
    public Optional<String> summaryOf(IssueKey issue) {
        if (issue == null) {
            return Optional.empty();
        }
        MutableIssue found = issues.getIssueObject(issue.toString());
        return found == null ? Optional.empty() : Optional.ofNullable(found.getSummary()).filter(text -> !text.isBlank());
    }
}
