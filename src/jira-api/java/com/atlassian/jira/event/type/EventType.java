package com.atlassian.jira.event.type;

/**
 * Compile-only declaration of Jira's event types, with only the ids our adapters compare; Jira provides the real class
 * and this copy is never packaged (docs/jira-api-surface.md). The id is a {@code Long}, so javac does not copy its value
 * into our classes: Jira's own value is read when the class is used.
 */
public class EventType {
    public static final Long ISSUE_DELETED_ID = 8L;
    public static final Long ISSUE_MOVED_ID = 9L;

    private EventType() {
    }
}
