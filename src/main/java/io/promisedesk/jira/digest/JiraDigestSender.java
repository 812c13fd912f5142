package io.promisedesk.jira.digest;

import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import io.promisedesk.digest.Digest;
import io.promisedesk.digest.DigestMail;
import io.promisedesk.digest.DigestMails;
import io.promisedesk.digest.DigestNotSentException;
import io.promisedesk.digest.DigestSender;
import io.promisedesk.digest.Recipient;

import javax.mail.MessagingException;
import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Hands a digest to Jira's mail queue as one mail with a plain-text and an HTML part (multipart/alternative, the text
 * first, so a mail program that shows HTML shows the HTML). Jira sends it from its outgoing mail server, retrying a
 * failed delivery itself; a digest the queue does not take is not sent, and says so.
 */
public final class JiraDigestSender implements DigestSender {
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final DigestMails mails;
    private final MailQueue queue;

    public JiraDigestSender(DigestMails mails, MailQueue queue) {
        this.mails = Objects.requireNonNull(mails, "mails");
        this.queue = Objects.requireNonNull(queue, "queue");
    }

    @Override
    public void send(Recipient recipient, Digest digest) {
        Email email;
        try {
            email = email(mails.render(recipient, digest));
        } catch (MessagingException | RuntimeException failure) {
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

    /**
     * The mail as atlassian-mail sends it: with an empty body and a multipart, the multipart is the message's whole
     * content; no sender, so Jira's outgoing server's default sender is used.
     */
    static Email email(DigestMail mail) throws MessagingException {
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(part(mail.text(), "plain"));
        alternatives.addBodyPart(part(mail.html(), "html"));
        return new Email(mail.to()).setSubject(mail.subject()).setEncoding(UTF_8).setMultipart(alternatives);
    }

    private static MimeBodyPart part(String content, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content, UTF_8, subtype);
        return part;
    }
}
