package com.atlassian.event.api;

/**
 * Compile-only declaration of Atlassian's event bus, with only the members our adapters call; Jira provides the real
 * type and this copy is never packaged (docs/jira-api-surface.md).
 */
public interface EventPublisher {

    /** Makes the listener's {@link EventListener} methods receive the events of their parameter type. */
    void register(Object listener);

    void unregister(Object listener);
}
