package com.atlassian.sal.api;

/**
 * Compile-only declaration of SAL's kind of base URL, with the one constant the adapters pass. Our classes read
 * the real enum constant by name at run time. Never packaged (docs/jira-api-surface.md).
 */
public enum UrlMode {
    CANONICAL
}
