package io.promisedesk.jira.digest;

import com.atlassian.mail.Email;
import io.promisedesk.digest.DigestMail;

import java.nio.charset.StandardCharsets;

/**
 * How a digest becomes atlassian-mail's {@link Email}: with a plain-text and an HTML part when the plugin can see
 * {@code javax.mail}, which it imports optionally because no Jira 10 source shows that Jira exports it; otherwise
 * as one HTML mail, built with atlassian-mail's own API alone.
 */
public enum DigestEmailForm {
    /** multipart/alternative, text first, then HTML (see {@link AlternativeParts}). */
    TEXT_AND_HTML {
        @Override
        Email email(DigestMail mail) {
            return AlternativeParts.email(mail);
        }
    },
    /** One text/html body: what atlassian-mail sends for an email without a multipart. */
    HTML_ONLY {
        @Override
        Email email(DigestMail mail) {
            return new Email(mail.to()).setSubject(mail.subject()).setEncoding(UTF_8).setMimeType("text/html")
                    .setBody(mail.html());
        }
    };

    static final String UTF_8 = StandardCharsets.UTF_8.name();
    // Named as text: a class literal would make this class need javax.mail to load.
    private static final String JAVA_MAIL_PROBE = "javax.mail.internet.MimeMultipart";

    /** The mail as atlassian-mail sends it; no sender, so Jira's outgoing server's default sender is used. */
    abstract Email email(DigestMail mail);

    /** The richest form the classes visible through {@code loader} (the bundle's, in Jira) can build. */
    static DigestEmailForm available(ClassLoader loader) {
        try {
            Class.forName(JAVA_MAIL_PROBE, false, loader);
            return TEXT_AND_HTML;
        } catch (ClassNotFoundException | LinkageError noJavaMail) {
            return HTML_ONLY;
        }
    }
}
