package io.promisedesk.jira.store;

import io.promisedesk.addressmail.UnsubscribeLink;
import io.promisedesk.commitment.EmailAddress;
import io.promisedesk.statuslink.StatusLinkToken;
import org.junit.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Unsubscribe tokens are kept by their hash alone, with when they were made; used and expired ones are deleted, a
 * bounded batch at a time; an address unsubscribes once, whatever its case, and stays so.
 */
public class AoAddressSubscriptionsTest {
    private static final Instant AT = Instant.parse("2025-03-18T07:05:00Z");
    private static final EmailAddress JAN = new EmailAddress("jan@acme.example");

    private final FakeActiveObjects ao = new FakeActiveObjects();
    private final AoAddressSubscriptions store = new AoAddressSubscriptions(ao.jira());
    private final StatusLinkToken token = StatusLinkToken.generate(new SecureRandom());

    @Test
    public void aToken_isOneRowWithItsHash_neverTheToken_andFindsItsAddress() {
        store.addToken(token.hash(), new EmailAddress("Jan@ACME.example"), AT);

        List<Map<String, Object>> rows = ao.rows(UnsubscribeTokenEntity.class);
        assertEquals(1, rows.size());
        assertEquals(token.hash().hex(), rows.get(0).get(UnsubscribeTokenEntity.TOKEN_HASH));
        assertFalse(rows.get(0).containsValue(token.text()));
        assertEquals(Optional.of(new UnsubscribeLink(new EmailAddress("Jan@acme.example"), AT)),
                store.linkOf(token.hash()));
        assertEquals(Optional.empty(), store.linkOf(StatusLinkToken.generate(new SecureRandom()).hash()));
    }

    @Test
    public void removingAToken_deletesItsRowOnly() {
        StatusLinkToken other = StatusLinkToken.generate(new SecureRandom());
        store.addToken(token.hash(), JAN, AT);
        store.addToken(other.hash(), JAN, AT);

        store.removeToken(token.hash());
        store.removeToken(token.hash());

        assertEquals(Optional.empty(), store.linkOf(token.hash()));
        assertTrue(store.linkOf(other.hash()).isPresent());
    }

    @Test
    public void removingTokensMadeBefore_deletesOnlyEarlierSeconds_atMostTheNumberAsked() {
        Instant cutoff = Instant.parse("2025-03-18T07:05:00.500Z");
        List<String> before = List.of("2025-03-18T07:04:59.999Z", "2025-03-18T07:04:59Z", "2024-12-31T23:59:59Z");
        before.forEach(at -> store.addToken(StatusLinkToken.generate(new SecureRandom()).hash(), JAN,
                Instant.parse(at)));
        // The cutoff's own second, before and after it, and later: kept (the earlier part waits for a later call).
        List<String> kept = List.of("2025-03-18T07:05:00Z", "2025-03-18T07:05:00.499Z", "2025-03-18T07:05:00.500Z",
                "2025-03-18T07:05:01Z", "2025-09-01T00:00:00Z");
        kept.forEach(at -> store.addToken(StatusLinkToken.generate(new SecureRandom()).hash(), JAN,
                Instant.parse(at)));
        store.unsubscribe(JAN, Instant.parse("2024-01-01T00:00:00Z"));

        assertEquals(2, store.removeTokensMadeBefore(cutoff, 2));
        assertEquals(1, store.removeTokensMadeBefore(cutoff, 2));
        assertEquals(0, store.removeTokensMadeBefore(cutoff, 2));

        assertEquals(kept, ao.rows(UnsubscribeTokenEntity.class).stream()
                .map(row -> (String) row.get(UnsubscribeTokenEntity.CREATED_AT)).toList());
        assertTrue(store.isUnsubscribed(JAN));
    }

    @Test(expected = IllegalArgumentException.class)
    public void removingTokens_refusesANumberBelowOne() {
        store.removeTokensMadeBefore(AT, 0);
    }

    @Test
    public void unsubscribing_isKeptOnce_whateverTheCase() {
        store.unsubscribe(new EmailAddress("Jan@acme.example"), AT);
        store.unsubscribe(new EmailAddress("jan@ACME.example"), AT.plusSeconds(60));

        assertTrue(store.isUnsubscribed(new EmailAddress("JAN@acme.example")));
        assertFalse(store.isUnsubscribed(new EmailAddress("ann@acme.example")));
        assertEquals(1, ao.rows(UnsubscribedAddressEntity.class).size());
        assertEquals("jan@acme.example", ao.rows(UnsubscribedAddressEntity.class).get(0)
                .get(UnsubscribedAddressEntity.ADDRESS_KEY));
    }
}
