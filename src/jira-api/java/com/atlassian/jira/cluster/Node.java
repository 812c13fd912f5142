package com.atlassian.jira.cluster;

/**
 * Compile-only declaration of one node of Jira's cluster; the health check only counts nodes, so no member is
 * declared. Jira provides the real type; this copy is never packaged (docs/jira-api-surface.md).
 */
public class Node {
    protected Node() {
    }
}
