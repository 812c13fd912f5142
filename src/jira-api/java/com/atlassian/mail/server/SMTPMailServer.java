package com.atlassian.mail.server;

/**
 * Compile-only declaration of an outgoing mail server, only its sender address. Jira provides the real type (which
 * extends {@code MailServer}); this copy is never packaged (docs/jira-api-surface.md).
 */
public interface SMTPMailServer {

    String getDefaultFrom();
}
