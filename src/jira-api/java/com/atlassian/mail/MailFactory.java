package com.atlassian.mail;

import com.atlassian.mail.server.MailServerManager;

/**
 * Compile-only declaration of atlassian-mail's static access to the host's mail servers and settings, which Jira's
 * mail queue asks before it sends an item. The real class reads them from the host; this copy has nothing to read,
 * so its methods only fail; tests call the mail probe with sources of their own. Never packaged
 * (docs/jira-api-surface.md).
 */
public class MailFactory {

    public static MailServerManager getServerManager() {
        throw new UnsupportedOperationException("compile-only declaration: Jira provides MailFactory");
    }

    public static Settings getSettings() {
        throw new UnsupportedOperationException("compile-only declaration: Jira provides MailFactory");
    }
}
