package io.promisedesk.jira.health;

import com.atlassian.mail.MailFactory;
import com.atlassian.mail.Settings;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;
import io.promisedesk.common.Require;
import io.promisedesk.health.MailProbe;

import java.util.Optional;

/**
 * Whether Jira can send the digests, asked as atlassian-mail's queue item asks before it sends one: the default SMTP
 * server of {@link MailFactory#getServerManager()}, and {@link MailFactory#getSettings()}'s switch (in Jira, its
 * "outgoing mail disabled" setting).
 */
public final class JiraMailProbe implements MailProbe {

    @Override
    public Mail mail() {
        return mail(MailFactory.getServerManager(), MailFactory.getSettings());
    }

    /** What {@code servers} and {@code settings} say; the statics above are Jira's, so tests call this. */
    static Mail mail(MailServerManager servers, Settings settings) {
        SMTPMailServer server = Require.present(servers, "servers").getDefaultSMTPMailServer();
        return new Mail(server != null, Require.present(settings, "settings").isSendingDisabled(),
                Optional.ofNullable(server).map(SMTPMailServer::getDefaultFrom));
    }
}
