package io.promisedesk.jira.store;

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

/** Unsubscribe tokens are kept by their hash alone; an address unsubscribes once, whatever its case. */
public class AoAddressSubscriptionsTest {
    private static final Instant AT = Instant.parse("2025-03-18T07:05:00Z");

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
        assertEquals(Optional.of(new EmailAddress("Jan@acme.example")), store.addressOf(token.hash()));
        assertEquals(Optional.empty(), store.addressOf(StatusLinkToken.generate(new SecureRandom()).hash()));
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
