package io.promisedesk.addressmail;

import io.promisedesk.commitment.EmailAddress;
import io.promisedesk.common.Require;
import io.promisedesk.statuslink.StatusLinkToken;

import java.time.Clock;
import java.util.Optional;

/**
 * What an unsubscribe link does, for anyone who holds it, without a login: the token in the link is the only
 * credential (256 random bits, kept only as its SHA-256). Looking a link up changes nothing, so that a mail scanner
 * fetching it does no harm; {@link #confirm} unsubscribes, at once: the next digest run skips the address.
 */
public final class Unsubscribe {
    private final AddressSubscriptions subscriptions;
    private final Clock clock;

    public Unsubscribe(AddressSubscriptions subscriptions, Clock clock) {
        this.subscriptions = Require.present(subscriptions, "subscriptions");
        this.clock = Require.present(clock, "clock");
    }

    /** The address a link's token unsubscribes; empty for anything no mail carried. */
    public Optional<EmailAddress> addressOf(String token) {
        return StatusLinkToken.parse(token).flatMap(known -> subscriptions.addressOf(known.hash()));
    }

    /** Unsubscribes the link's address; empty, changing nothing, for anything no mail carried. */
    public Optional<EmailAddress> confirm(String token) {
        Optional<EmailAddress> address = addressOf(token);
        address.ifPresent(found -> subscriptions.unsubscribe(found, clock.instant()));
        return address;
    }
}
