package com.atlassian.jira.util;

/**
 * Compile-only declaration of Jira's set of messages, named only by the parse result's constructor that tests use;
 * Jira provides the real type and this copy is never packaged (docs/jira-api-surface.md).
 */
public interface MessageSet {
}
