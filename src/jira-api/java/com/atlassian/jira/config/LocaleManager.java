package com.atlassian.jira.config;

import com.atlassian.jira.user.ApplicationUser;

import java.util.Locale;

/**
 * Compile-only declaration of Jira's locale manager, with only a user's language (docs/jira-api-surface.md). Jira
 * provides the real type; this copy is never packaged.
 */
public interface LocaleManager {
    Locale getLocaleFor(ApplicationUser user);
}
