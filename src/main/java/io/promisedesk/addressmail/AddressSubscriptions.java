package io.promisedesk.addressmail;

import io.promisedesk.commitment.EmailAddress;
import io.promisedesk.statuslink.TokenHash;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the unsubscribe links of digests to addresses are kept, by the SHA-256 of their token only, and which
 * addresses have unsubscribed. Addresses are matched whatever the case of their letters ({@link EmailAddress#key()}).
 */
public interface AddressSubscriptions {

    /** Keeps the hash of the token of one mail's unsubscribe link to {@code address}. */
    void addToken(TokenHash hash, EmailAddress address, Instant at);

    /** The address a link's token was made for; empty for a token no mail carried. */
    Optional<EmailAddress> addressOf(TokenHash hash);

    /** Stops every digest to the address from now on; unsubscribing twice changes nothing. */
    void unsubscribe(EmailAddress address, Instant at);

    boolean isUnsubscribed(EmailAddress address);
}
