package com.atlassian.jira.issue;

import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-only declaration of Jira's issue lookup by key and by id and its issue update. Jira provides the real type;
 * this copy is never packaged (docs/jira-api-surface.md).
 */
public interface IssueManager {

    /** Null when there is no such issue. */
    MutableIssue getIssueObject(String key);

    /** Null when there is no such issue. */
    MutableIssue getIssueObject(Long id);

    /** Stores the issue's changed fields, records them in its change history and dispatches the chosen event. */
    Issue updateIssue(ApplicationUser user, MutableIssue issue, EventDispatchOption eventDispatchOption,
            boolean sendMail);
}
