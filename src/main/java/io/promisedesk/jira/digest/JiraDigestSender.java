package io.promisedesk.jira.digest;

import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import io.promisedesk.digest.Digest;
import io.promisedesk.digest.DigestMails;
import io.promisedesk.digest.DigestNotSentException;
import io.promisedesk.digest.DigestSender;
import io.promisedesk.digest.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;

/**
 * Hands a digest to Jira's mail queue as one mail, with a plain-text and an HTML part where the plugin can see
 * {@code javax.mail}, else as HTML only ({@link DigestEmailForm}). Jira sends it from its outgoing mail server,
 * retrying a failed delivery itself; a digest the queue does not take is not sent, and says so.
 */
public final class JiraDigestSender implements DigestSender {
    private static final Logger LOG = LoggerFactory.getLogger(JiraDigestSender.class);

    private final DigestMails mails;
    private final MailQueue queue;
    private final DigestEmailForm form;

    public JiraDigestSender(DigestMails mails, MailQueue queue) {
        this(mails, queue, DigestEmailForm.available(JiraDigestSender.class.getClassLoader()));
    }

    JiraDigestSender(DigestMails mails, MailQueue queue, DigestEmailForm form) {
        this.mails = Objects.requireNonNull(mails, "mails");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.form = Objects.requireNonNull(form, "form");
        if (form == DigestEmailForm.HTML_ONLY) {
            LOG.warn("Jira exports no javax.mail to Promise Desk: digests go out as HTML only, without their"
                    + " plain-text part");
        }
    }

    /** What the digests look like in this Jira, for the administrator's health check. */
    public DigestEmailForm form() {
        return form;
    }

    @Override
    public void send(Recipient recipient, Digest digest) {
        Email email;
        try {
            email = form.email(mails.render(recipient, digest));
        } catch (RuntimeException failure) {
            throw new DigestNotSentException("the digest of " + recipient.user() + " could not be written: "
                    + failure.getMessage(), failure);
        }
        try {
            queue.addItem(new SingleMailQueueItem(email));
        } catch (RuntimeException failure) {
            throw new DigestNotSentException("Jira's mail queue did not take the digest of " + recipient.user() + ": "
                    + failure.getMessage(), failure);
        }
    }
}
