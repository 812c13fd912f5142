package com.atlassian.jira.event.type;

/**
 * Compile-only declaration of Jira's choice of event when an issue is updated, with only the constant our adapters
 * pass; Jira provides the real interface and this copy is never packaged (docs/jira-api-surface.md). The constant is
 * not a compile-time constant, so javac reads Jira's own value when the class is used; the stand-in value here only
 * lets tests tell it apart from null.
 */
public interface EventDispatchOption {
    EventDispatchOption ISSUE_UPDATED = new EventDispatchOption() {
    };
}
