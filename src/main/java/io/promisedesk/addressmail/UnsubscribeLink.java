package io.promisedesk.addressmail;

import io.promisedesk.commitment.EmailAddress;
import io.promisedesk.common.Require;

import java.time.Duration;
import java.time.Instant;

/**
 * One mail's unsubscribe link as it is kept: the address it unsubscribes and when its mail was made. It works for
 * {@link #LIFETIME} after that, then opens the neutral page and is pruned by the digest job.
 */
public record UnsubscribeLink(EmailAddress address, Instant issuedAt) {
    /**
     * How long a link works after its mail: 180 days, six times the 30 days the US CAN-SPAM Act asks an opt-out to
     * keep working, so that someone back from a long leave can still use an old mail. Whoever still gets mails always
     * holds a working link: each mail carries a new one.
     */
    public static final Duration LIFETIME = Duration.ofDays(180);

    public UnsubscribeLink {
        Require.present(address, "address");
        Require.present(issuedAt, "issuedAt");
    }

    /** Whether the link still works at {@code now}: up to and including {@link #LIFETIME} after its mail. */
    public boolean worksAt(Instant now) {
        return !Require.present(now, "now").isAfter(issuedAt.plus(LIFETIME));
    }

    /** Links made before this instant no longer work at {@code now}. */
    public static Instant expiredBefore(Instant now) {
        return Require.present(now, "now").minus(LIFETIME);
    }
}
