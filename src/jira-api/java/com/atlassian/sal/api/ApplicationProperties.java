package com.atlassian.sal.api;

/**
 * Compile-only declaration of SAL's application properties: only Jira's base URL. Jira provides the real type; this
 * copy is never packaged (docs/jira-api-surface.md).
 */
public interface ApplicationProperties {

    String getBaseUrl(UrlMode urlMode);
}
