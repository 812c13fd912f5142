package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

import java.util.Locale;

/**
 * Compile-only declaration of Jira's per-request user and language. Jira provides the real type; this copy is never
 * packaged (docs/jira-api-surface.md).
 */
public interface JiraAuthenticationContext {

    /** Null when nobody is logged in. */
    ApplicationUser getLoggedInUser();

    Locale getLocale();
}
