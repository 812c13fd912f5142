package io.promisedesk.jira.digest;

import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import io.promisedesk.digest.Digest;
import io.promisedesk.digest.DigestFrequency;
import io.promisedesk.digest.DigestMail;
import io.promisedesk.digest.DigestMails;
import io.promisedesk.digest.DigestNotSentException;
import io.promisedesk.digest.Recipient;
import org.junit.Test;

import javax.mail.Session;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import static io.promisedesk.jira.JiraFakes.fake;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/**
 * The digest goes onto Jira's mail queue as one mail to the recipient, with its subject and a plain-text and an HTML
 * alternative (or, where Jira exports no javax.mail, as HTML only); a queue that refuses it, or a mail that cannot be
 * written, means the digest was not sent.
 */
public class JiraDigestSenderTest {
    private static final Recipient SAM = new Recipient("sam", "Sam Sales", "sam@example.com", Locale.ENGLISH);
    private static final Digest DIGEST = new Digest("sam", DigestFrequency.DAILY,
            Instant.parse("2025-03-03T07:00:00Z"), Instant.parse("2025-03-04T07:00:00Z"), List.of());
    private static final DigestMail MAIL = new DigestMail("sam@example.com", "Promise Desk: 2 ETA's gewijzigd",
            "<p>OPS-1: <b>10 maart</b> → 14 maart</p>", "OPS-1: 10 maart → 14 maart");

    private final List<Object> queued = new ArrayList<>();

    @Test
    public void aDigest_isOneQueuedMailToTheRecipient_withItsSubject() {
        new JiraDigestSender(renders(MAIL), queue()).send(SAM, DIGEST);

        assertEquals(1, queued.size());
        Email email = ((SingleMailQueueItem) queued.get(0)).getEmail();
        assertEquals("sam@example.com", email.getTo());
        assertEquals("Promise Desk: 2 ETA's gewijzigd", email.getSubject());
        assertEquals("UTF-8", email.getEncoding());
    }

    @Test
    public void theMail_isMultipartAlternative_textFirstThenHtml_bothUtf8() throws Exception {
        new JiraDigestSender(renders(MAIL), queue()).send(SAM, DIGEST);

        // Written the way atlassian-mail writes a mail whose body is empty and whose multipart is set.
        MimeMessage written = written(((SingleMailQueueItem) queued.get(0)).getEmail());
        MimeMultipart alternatives = (MimeMultipart) written.getContent();
        assertTrue(written.getContentType(), written.getContentType().startsWith("multipart/alternative"));
        assertEquals(2, alternatives.getCount());
        assertEquals("text/plain; charset=UTF-8", alternatives.getBodyPart(0).getContentType());
        assertEquals("OPS-1: 10 maart → 14 maart", alternatives.getBodyPart(0).getContent());
        assertEquals("text/html; charset=UTF-8", alternatives.getBodyPart(1).getContentType());
        assertEquals("<p>OPS-1: <b>10 maart</b> → 14 maart</p>", alternatives.getBodyPart(1).getContent());
    }

    @Test
    public void whereTheBundleSeesJavaMail_theSenderWritesTextAndHtml() {
        JiraDigestSender sender = new JiraDigestSender(renders(MAIL), queue());

        assertEquals(DigestEmailForm.TEXT_AND_HTML, sender.form());
        assertEquals(DigestEmailForm.TEXT_AND_HTML, DigestEmailForm.available(getClass().getClassLoader()));
    }

    @Test
    public void withoutJavaMail_theMailIsOneHtmlBody_inUtf8() throws Exception {
        JiraDigestSender sender = new JiraDigestSender(renders(MAIL), queue(), DigestEmailForm.HTML_ONLY);

        sender.send(SAM, DIGEST);

        Email email = ((SingleMailQueueItem) queued.get(0)).getEmail();
        assertEquals(null, email.getMultipart());
        assertEquals("Promise Desk: 2 ETA's gewijzigd", email.getSubject());
        MimeMessage written = written(email);
        assertEquals("text/html; charset=UTF-8", written.getContentType());
        assertEquals("<p>OPS-1: <b>10 maart</b> → 14 maart</p>", written.getContent());
    }

    @Test
    public void aClassLoaderWithoutJavaMail_meansHtmlOnly() {
        ClassLoader withoutJavaMail = new ClassLoader(null) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                throw new ClassNotFoundException(name);
            }
        };

        assertEquals(DigestEmailForm.HTML_ONLY, DigestEmailForm.available(withoutJavaMail));
    }

    @Test
    public void theRecipientAndDigest_areRenderedAsGiven() {
        List<Object> rendered = new ArrayList<>();
        DigestMails mails = (recipient, digest) -> {
            rendered.add(recipient);
            rendered.add(digest);
            return MAIL;
        };

        new JiraDigestSender(mails, queue()).send(SAM, DIGEST);

        assertSame(SAM, rendered.get(0));
        assertSame(DIGEST, rendered.get(1));
    }

    @Test
    public void aQueueThatRefusesTheMail_meansNotSent() {
        MailQueue refusing = fake(MailQueue.class, Map.of("addItem", arguments -> {
            throw new IllegalStateException("queue is shutting down");
        }));

        DigestNotSentException notSent = assertThrows(DigestNotSentException.class,
                () -> new JiraDigestSender(renders(MAIL), refusing).send(SAM, DIGEST));

        assertEquals("Jira's mail queue did not take the digest of sam: queue is shutting down", notSent.getMessage());
    }

    @Test
    public void aDigestThatCannotBeRendered_meansNotSent_andNothingIsQueued() {
        DigestMails broken = (recipient, digest) -> {
            throw new IllegalArgumentException("template digest-html.vm is missing");
        };

        assertThrows(DigestNotSentException.class, () -> new JiraDigestSender(broken, queue()).send(SAM, DIGEST));

        assertEquals(List.of(), queued);
    }

    private MailQueue queue() {
        return fake(MailQueue.class, Map.of("addItem", arguments -> {
            queued.add(arguments[0]);
            return null;
        }));
    }

    private static DigestMails renders(DigestMail mail) {
        return (recipient, digest) -> mail;
    }

    /** Written as atlassian-mail's MessageCreator writes it: the multipart if there is one, else the body. */
    private static MimeMessage written(Email email) throws Exception {
        Session session = Session.getInstance(new Properties());
        MimeMessage message = new MimeMessage(session);
        message.setSubject(email.getSubject(), email.getEncoding());
        if (email.getMultipart() != null) {
            message.setContent(email.getMultipart());
        } else {
            message.setContent(email.getBody(), email.getMimeType() + "; charset=" + email.getEncoding());
        }
        message.saveChanges();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        return new MimeMessage(session, new ByteArrayInputStream(bytes.toByteArray()));
    }
}
