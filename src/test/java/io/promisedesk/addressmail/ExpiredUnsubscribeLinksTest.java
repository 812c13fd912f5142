package io.promisedesk.addressmail;

import io.promisedesk.commitment.EmailAddress;
import io.promisedesk.statuslink.StatusLinkToken;
import io.promisedesk.statuslink.TokenHash;
import org.junit.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Pruning forgets only the tokens of links that no longer work, in batches of 500 and at most 20 batches a run, and
 * never an unsubscribed address.
 */
public class ExpiredUnsubscribeLinksTest {
    private static final Instant NOW = Instant.parse("2025-09-14T07:05:00Z");
    private static final Instant CUTOFF = NOW.minus(UnsubscribeLink.LIFETIME);
    private static final EmailAddress JAN = new EmailAddress("jan@acme.example");

    private final InMemoryAddressSubscriptions subscriptions = new InMemoryAddressSubscriptions();
    private final ExpiredUnsubscribeLinks pruning = new ExpiredUnsubscribeLinks(subscriptions);

    @Test
    public void pruning_removesOnlyLinksThatNoLongerWork() {
        TokenHash expired = token(CUTOFF.minusNanos(1));
        TokenHash lastInstant = token(CUTOFF);
        TokenHash fresh = token(NOW);

        assertEquals(1, pruning.prune(NOW));

        assertFalse(subscriptions.linkOf(expired).isPresent());
        assertTrue(subscriptions.linkOf(lastInstant).isPresent());
        assertTrue(subscriptions.linkOf(lastInstant).orElseThrow().worksAt(NOW));
        assertTrue(subscriptions.linkOf(fresh).isPresent());
    }

    @Test
    public void pruning_neverRemovesAnUnsubscribedAddress() {
        token(CUTOFF.minusSeconds(3_600));
        subscriptions.unsubscribe(JAN, CUTOFF.minusSeconds(7_200));

        pruning.prune(NOW);

        assertEquals(0, subscriptions.tokenCount());
        assertTrue(subscriptions.isUnsubscribed(JAN));
    }

    @Test
    public void aRun_removesAtMost20BatchesOf500_andTheNextRunTheRest() {
        int expired = ExpiredUnsubscribeLinks.BATCH * ExpiredUnsubscribeLinks.MOST_BATCHES + 7;
        for (int i = 0; i < expired; i++) {
            token(CUTOFF.minusSeconds(1 + i));
        }
        List<TokenHash> working = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            working.add(token(NOW.minusSeconds(i)));
        }
        List<Integer> batches = new ArrayList<>();
        ExpiredUnsubscribeLinks counting = new ExpiredUnsubscribeLinks(new Counting(subscriptions, batches));

        assertEquals(10_000, counting.prune(NOW));
        assertEquals(20, batches.size());
        assertTrue(batches.stream().allMatch(most -> most == ExpiredUnsubscribeLinks.BATCH));
        assertEquals(7, counting.prune(NOW));
        assertEquals(0, counting.prune(NOW));
        assertEquals(3, subscriptions.tokenCount());
        working.forEach(hash -> assertTrue(subscriptions.linkOf(hash).isPresent()));
    }

    private TokenHash token(Instant at) {
        TokenHash hash = StatusLinkToken.generate(new SecureRandom()).hash();
        subscriptions.addToken(hash, JAN, at);
        return hash;
    }

    /** Notes the size of each batch asked for. */
    private record Counting(AddressSubscriptions store, List<Integer> batches) implements AddressSubscriptions {
        @Override
        public void addToken(TokenHash hash, EmailAddress address, Instant at) {
            store.addToken(hash, address, at);
        }

        @Override
        public java.util.Optional<UnsubscribeLink> linkOf(TokenHash hash) {
            return store.linkOf(hash);
        }

        @Override
        public void removeToken(TokenHash hash) {
            store.removeToken(hash);
        }

        @Override
        public int removeTokensMadeBefore(Instant cutoff, int most) {
            batches.add(most);
            return store.removeTokensMadeBefore(cutoff, most);
        }

        @Override
        public void unsubscribe(EmailAddress address, Instant at) {
            store.unsubscribe(address, at);
        }

        @Override
        public boolean isUnsubscribed(EmailAddress address) {
            return store.isUnsubscribed(address);
        }
    }
}
