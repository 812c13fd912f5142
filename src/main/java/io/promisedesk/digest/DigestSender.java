package io.promisedesk.digest;

/** Hands a digest over for delivery: Jira's mail queue in the plugin. */
public interface DigestSender {

    /**
     * Renders the digest for the recipient, in their language, and hands it over.
     *
     * @throws DigestNotSentException when it could not be handed over; the digest's changes stay unsent
     */
    void send(Recipient recipient, Digest digest);
}
