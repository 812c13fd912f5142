package com.atlassian.jira.util;

/**
 * Compile-only declaration of Jira's translator in the reader's language, with only the members our adapters call.
 * There is no varargs {@code getText}: several arguments go in one {@code Object[]} (docs/research/jira-core-api.md
 * item 6). Jira provides the real type and this copy is never packaged (docs/jira-api-surface.md).
 */
public interface I18nHelper {
    String getText(String key);

    String getText(String key, Object parameters);
}
