package com.atlassian.query;

/**
 * Compile-only declaration of a parsed JQL query, which our adapters only pass on; Jira provides the real type and
 * this copy is never packaged (docs/jira-api-surface.md).
 */
public interface Query {
}
