package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;

/**
 * Compile-only declaration of the event Jira publishes when an issue is created, changed, moved or deleted, with only
 * the members our adapters call; Jira provides the real class (with more members and supertypes) and this copy is
 * never packaged (docs/jira-api-surface.md).
 */
public class IssueEvent {
    private final Issue issue;
    private final com.atlassian.jira.user.ApplicationUser user;
    private final Long eventTypeId;

    /** Jira's own constructor; the tests make events with it. The parameters are not kept here. */
    public IssueEvent(Issue issue, java.util.Map params, com.atlassian.jira.user.ApplicationUser user, Long eventTypeId) {
        this.issue = issue;
        this.user = user;
        this.eventTypeId = eventTypeId;
    }

    public Issue getIssue() {
        return issue;
    }

    /** Who changed the issue; null when nobody was signed in. */
    public com.atlassian.jira.user.ApplicationUser getUser() {
        return user;
    }

    /** One of {@code EventType}'s ids. */
    public Long getEventTypeId() {
        return eventTypeId;
    }
}
