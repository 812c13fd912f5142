package com.atlassian.mail.server;

/**
 * Compile-only declaration of atlassian-mail's mail server manager, only the default outgoing server. Jira provides
 * the real type; this copy is never packaged (docs/jira-api-surface.md).
 */
public interface MailServerManager {

    /** The default SMTP server, or null when none is set up. */
    SMTPMailServer getDefaultSMTPMailServer();
}
