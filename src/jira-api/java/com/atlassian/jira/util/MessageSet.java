package com.atlassian.jira.util;

import java.util.Set;

/**
 * Compile-only declaration of Jira's set of messages, only its error messages (why a query does not parse); Jira
 * provides the real type and this copy is never packaged (docs/jira-api-surface.md).
 */
public interface MessageSet {

    Set<String> getErrorMessages();
}
