package io.promisedesk.digest;

/** Renders a digest as a mail for its recipient, in their language. */
public interface DigestMails {
    DigestMail render(Recipient recipient, Digest digest);
}
