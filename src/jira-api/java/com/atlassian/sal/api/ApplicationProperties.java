package com.atlassian.sal.api;

/**
 * Compile-only declaration of SAL's application properties: Jira's base URL, version and build number. Jira provides
 * the real type; this copy is never packaged (docs/jira-api-surface.md).
 */
public interface ApplicationProperties {

    String getBaseUrl(UrlMode urlMode);

    /** The host's version, such as {@code 10.3.4}. */
    String getVersion();

    /** The host's build number. */
    String getBuildNumber();
}
