package io.promisedesk.addressmail;

import io.promisedesk.commitment.EmailAddress;
import io.promisedesk.statuslink.TokenHash;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the unsubscribe links of digests to addresses are kept, by the SHA-256 of their token only, and which
 * addresses have unsubscribed. Addresses are matched whatever the case of their letters ({@link EmailAddress#key()}).
 * Links are removed when used or expired; an unsubscribed address is never removed.
 */
public interface AddressSubscriptions {

    /** Keeps the hash of the token of one mail's unsubscribe link to {@code address}, made {@code at}. */
    void addToken(TokenHash hash, EmailAddress address, Instant at);

    /** The link a token belongs to, expired or not; empty for a token no mail carried or one removed since. */
    Optional<UnsubscribeLink> linkOf(TokenHash hash);

    /** Forgets one link's token, so it opens nothing any more; nothing happens for an unknown one. */
    void removeToken(TokenHash hash);

    /**
     * Forgets at most {@code most} tokens of links made before {@code cutoff}, never one made at or after it, and
     * returns how many. A store may leave those of the second before {@code cutoff} for a later call.
     */
    int removeTokensMadeBefore(Instant cutoff, int most);

    /** Stops every digest to the address from now on; unsubscribing twice changes nothing. */
    void unsubscribe(EmailAddress address, Instant at);

    boolean isUnsubscribed(EmailAddress address);
}
