package io.promisedesk.addressmail;

import io.promisedesk.commitment.EmailAddress;
import io.promisedesk.common.Require;
import io.promisedesk.statuslink.StatusLinkToken;

import java.time.Clock;
import java.util.Optional;

/**
 * What an unsubscribe link does, for anyone who holds it, without a login: the token in the link is the only
 * credential (256 random bits, kept only as its SHA-256), good for {@link UnsubscribeLink#LIFETIME} after its mail.
 * Looking a link up changes nothing, so that a mail scanner fetching it does no harm; {@link #confirm} unsubscribes, at
 * once (the next digest run skips the address), and uses the link up: it opens nothing afterwards.
 */
public final class Unsubscribe {
    private final AddressSubscriptions subscriptions;
    private final Clock clock;

    public Unsubscribe(AddressSubscriptions subscriptions, Clock clock) {
        this.subscriptions = Require.present(subscriptions, "subscriptions");
        this.clock = Require.present(clock, "clock");
    }

    /** The address a link's token unsubscribes; empty for anything no mail carried, a used link or an expired one. */
    public Optional<EmailAddress> addressOf(String token) {
        return working(token).map(UnsubscribeLink::address);
    }

    /**
     * Unsubscribes the link's address and uses the link up; empty, changing nothing, for anything no mail carried, a
     * used link or an expired one.
     */
    public Optional<EmailAddress> confirm(String token) {
        Optional<StatusLinkToken> parsed = StatusLinkToken.parse(token);
        Optional<UnsubscribeLink> link = working(token);
        link.ifPresent(found -> {
            subscriptions.unsubscribe(found.address(), clock.instant());
            subscriptions.removeToken(parsed.orElseThrow().hash());
        });
        return link.map(UnsubscribeLink::address);
    }

    private Optional<UnsubscribeLink> working(String token) {
        return StatusLinkToken.parse(token).flatMap(known -> subscriptions.linkOf(known.hash()))
                .filter(link -> link.worksAt(clock.instant()));
    }
}
