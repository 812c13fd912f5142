package com.atlassian.jira.security;

import com.atlassian.jira.util.I18nHelper;

/**
 * Compile-only declaration of Jira's context of the current request's user, with only the member our adapters call;
 * Jira provides the real type and this copy is never packaged (docs/jira-api-surface.md).
 */
public interface JiraAuthenticationContext {
    I18nHelper getI18nHelper();
}
