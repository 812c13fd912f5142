package io.promisedesk.jira.digest;

import com.atlassian.mail.Email;
import io.promisedesk.digest.DigestMail;

import javax.mail.MessagingException;
import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeMultipart;

/**
 * The digest as one mail with a plain-text and an HTML alternative, the text first, so a mail program that shows
 * HTML shows the HTML. The only class that touches {@code javax.mail}: loaded only when the bundle can see it.
 */
final class AlternativeParts {
    private AlternativeParts() {
    }

    /** With an empty body and a multipart, atlassian-mail sends the multipart as the message's whole content. */
    static Email email(DigestMail mail) {
        try {
            MimeMultipart alternatives = new MimeMultipart("alternative");
            alternatives.addBodyPart(part(mail.text(), "plain"));
            alternatives.addBodyPart(part(mail.html(), "html"));
            return new Email(mail.to()).setSubject(mail.subject()).setEncoding(DigestEmailForm.UTF_8)
                    .setMultipart(alternatives);
        } catch (MessagingException failure) {
            throw new IllegalStateException("the parts of the mail to " + mail.to() + " could not be built: "
                    + failure.getMessage(), failure);
        }
    }

    private static MimeBodyPart part(String content, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content, DigestEmailForm.UTF_8, subtype);
        return part;
    }
}
