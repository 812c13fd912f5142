package io.promisedesk.addressmail;

import io.promisedesk.commitment.EmailAddress;
import io.promisedesk.fixtures.MutableClock;
import io.promisedesk.statuslink.StatusLinkToken;
import org.junit.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * An unsubscribe link works for 180 days after its mail, up to and including its last instant, and once: confirming
 * uses it up; an expired or used link unsubscribes nobody, and an unsubscribed address stays so.
 */
public class UnsubscribeTest {
    private static final EmailAddress JAN = new EmailAddress("jan@acme.example");
    private static final Instant MAILED = Instant.parse("2025-03-18T07:05:00Z");
    private static final Instant LAST_INSTANT = Instant.parse("2025-09-14T07:05:00Z");

    private final InMemoryAddressSubscriptions subscriptions = new InMemoryAddressSubscriptions();
    private final MutableClock clock = MutableClock.at("2025-03-18T09:00:00Z");
    private final Unsubscribe unsubscribe = new Unsubscribe(subscriptions, clock);
    private final StatusLinkToken token = StatusLinkToken.generate(new SecureRandom());

    @Test
    public void theLifetime_is180Days() {
        assertEquals(LAST_INSTANT, MAILED.plus(UnsubscribeLink.LIFETIME));
    }

    @Test
    public void aLink_worksOnItsLastInstant_andNotANanosecondLater() {
        subscriptions.addToken(token.hash(), JAN, MAILED);

        clock.set(LAST_INSTANT.toString());
        assertEquals(Optional.of(JAN), unsubscribe.addressOf(token.text()));

        clock.set(LAST_INSTANT.plusNanos(1).toString());
        assertEquals(Optional.empty(), unsubscribe.addressOf(token.text()));
        assertEquals(Optional.empty(), unsubscribe.confirm(token.text()));
        assertFalse(subscriptions.isUnsubscribed(JAN));
    }

    @Test
    public void confirmingOnTheLastInstant_unsubscribes() {
        subscriptions.addToken(token.hash(), JAN, MAILED);
        clock.set(LAST_INSTANT.toString());

        assertEquals(Optional.of(JAN), unsubscribe.confirm(token.text()));
        assertTrue(subscriptions.isUnsubscribed(JAN));
    }

    @Test
    public void confirming_usesTheLinkUp_butNotTheAddressesOtherLinks() {
        StatusLinkToken older = StatusLinkToken.generate(new SecureRandom());
        subscriptions.addToken(older.hash(), JAN, MAILED.minusSeconds(86_400));
        subscriptions.addToken(token.hash(), JAN, MAILED);

        assertEquals(Optional.of(JAN), unsubscribe.confirm(token.text()));

        assertEquals(Optional.empty(), unsubscribe.addressOf(token.text()));
        assertEquals(Optional.empty(), unsubscribe.confirm(token.text()));
        assertEquals(Optional.of(JAN), unsubscribe.addressOf(older.text()));
        assertTrue(subscriptions.isUnsubscribed(JAN));
    }

    @Test
    public void lookingALinkUp_changesNothing() {
        subscriptions.addToken(token.hash(), JAN, MAILED);

        unsubscribe.addressOf(token.text());
        unsubscribe.addressOf(token.text());

        assertFalse(subscriptions.isUnsubscribed(JAN));
        assertEquals(Optional.of(JAN), unsubscribe.addressOf(token.text()));
    }

    @Test
    public void anUnsubscribedAddress_staysUnsubscribed_afterItsLinksExpireAndArePruned() {
        subscriptions.addToken(token.hash(), JAN, MAILED);
        unsubscribe.confirm(token.text());
        clock.set("2027-01-01T00:00:00Z");

        new ExpiredUnsubscribeLinks(subscriptions).prune(clock.instant());

        assertTrue(subscriptions.isUnsubscribed(JAN));
    }
}
