package com.atlassian.mail;

/**
 * Compile-only declaration of atlassian-mail's settings, only whether sending is switched off (Jira answers from its
 * own outgoing mail setting). Jira provides the real type; this copy is never packaged (docs/jira-api-surface.md).
 */
public interface Settings {

    boolean isSendingDisabled();
}
