package io.promisedesk.digest;

import io.promisedesk.common.Require;

/** A digest rendered for sending: to whom, its subject line, and its body as HTML and as plain text. */
public record DigestMail(String to, String subject, String html, String text) {
    public DigestMail {
        to = Require.notBlank(to, "to", Require.USER_NAME_LENGTH);
        subject = Require.notBlank(subject, "subject", 998);
        Require.present(html, "html");
        Require.present(text, "text");
    }
}
