package io.promisedesk.addressmail;

import io.promisedesk.statuslink.StatusLinkToken;

/** Hands a digest to an address over for delivery: Jira's mail queue in the plugin. */
public interface AddressDigestSender {

    /**
     * Renders the digest in its address's language, with an unsubscribe link carrying {@code unsubscribe}, and hands
     * it over.
     *
     * @throws io.promisedesk.digest.DigestNotSentException when it could not be handed over; the news stays unsent
     */
    void send(AddressDigest digest, StatusLinkToken unsubscribe);
}
