package io.promisedesk.jira.digest;

import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.promisedesk.addressmail.AddressDigest;
import io.promisedesk.addressmail.AddressDigestSender;
import io.promisedesk.addressmail.AddressMailRenderer;
import io.promisedesk.common.Require;
import io.promisedesk.digest.DigestNotSentException;
import io.promisedesk.digest.DigestSchedule;
import io.promisedesk.digest.DigestTemplates;
import io.promisedesk.statuslink.StatusLinkToken;

/**
 * Hands a digest to an address to Jira's mail queue, as {@link JiraDigestSender} does a salesperson's, with the
 * RFC 8058 headers that let a mail client offer one-click unsubscribe: {@code List-Unsubscribe} naming the link and
 * {@code List-Unsubscribe-Post}, which makes the client POST to it (atlassian-mail copies an {@link Email}'s headers
 * onto the message, docs/jira-api-surface.md).
 */
public final class JiraAddressDigestSender implements AddressDigestSender {
    static final String LIST_UNSUBSCRIBE = "List-Unsubscribe";
    static final String LIST_UNSUBSCRIBE_POST = "List-Unsubscribe-Post";
    static final String ONE_CLICK = "List-Unsubscribe=One-Click";

    private final DigestTemplates templates;
    private final ApplicationProperties application;
    private final DigestSchedule schedule;
    private final MailQueue queue;
    private final DigestEmailForm form;

    public JiraAddressDigestSender(DigestTemplates templates, ApplicationProperties application,
                                   DigestSchedule schedule, MailQueue queue) {
        this(templates, application, schedule, queue,
                DigestEmailForm.available(JiraAddressDigestSender.class.getClassLoader()));
    }

    JiraAddressDigestSender(DigestTemplates templates, ApplicationProperties application, DigestSchedule schedule,
                            MailQueue queue, DigestEmailForm form) {
        this.templates = Require.present(templates, "templates");
        this.application = Require.present(application, "application");
        this.schedule = Require.present(schedule, "schedule");
        this.queue = Require.present(queue, "queue");
        this.form = Require.present(form, "form");
    }

    @Override
    public void send(AddressDigest digest, StatusLinkToken unsubscribe) {
        Email email;
        try {
            AddressMailRenderer.AddressMail mail = new AddressMailRenderer(templates,
                    application.getBaseUrl(UrlMode.CANONICAL), schedule.zone()).render(digest, unsubscribe);
            email = form.email(mail.mail());
            email.addHeader(LIST_UNSUBSCRIBE, "<" + mail.unsubscribeUrl() + ">");
            email.addHeader(LIST_UNSUBSCRIBE_POST, ONE_CLICK);
        } catch (RuntimeException failure) {
            throw new DigestNotSentException("the digest to an address could not be written: " + failure.getMessage(),
                    failure);
        }
        try {
            queue.addItem(new SingleMailQueueItem(email));
        } catch (RuntimeException failure) {
            throw new DigestNotSentException("Jira's mail queue did not take a digest to an address: "
                    + failure.getMessage(), failure);
        }
    }
}
