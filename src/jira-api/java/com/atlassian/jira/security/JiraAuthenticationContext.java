package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;

import java.util.Locale;

/**
 * Compile-only declaration of Jira's per-request user, language and translations, with only the members our adapters
 * call. Jira provides the real type; this copy is never packaged (docs/jira-api-surface.md).
 */
public interface JiraAuthenticationContext {

    /** Null when nobody is logged in. */
    ApplicationUser getLoggedInUser();

    Locale getLocale();

    I18nHelper getI18nHelper();
}
