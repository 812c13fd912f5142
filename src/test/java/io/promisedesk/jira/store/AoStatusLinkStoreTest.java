package io.promisedesk.jira.store;

import io.promisedesk.statuslink.StatusLink;
import io.promisedesk.statuslink.StatusLinkStore;
import io.promisedesk.statuslink.StatusLinkStoreContract;
import org.junit.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The Active Objects store keeps the store contract, stores the token's hash and never the token, and counts a view
 * that another node wrote between this one's read and its write.
 */
public class AoStatusLinkStoreTest extends StatusLinkStoreContract {
    private final FakeActiveObjects ao = new FakeActiveObjects();

    @Override
    protected StatusLinkStore newStore() {
        return new AoStatusLinkStore(ao.jira());
    }

    @Test
    public void aLink_isOneRowOfPlainColumns_withTheHashButNeverTheToken() {
        store.add(link);

        List<Map<String, Object>> rows = ao.rows(StatusLinkEntity.class);
        assertEquals(1, rows.size());
        Map<String, Object> row = rows.get(0);
        assertEquals(token.hash().hex(), row.get(StatusLinkEntity.TOKEN_HASH));
        assertEquals("ISSUE", row.get(StatusLinkEntity.SCOPE_KIND));
        assertEquals("OPS-7", row.get(StatusLinkEntity.SCOPE_VALUE));
        assertEquals("2026-03-02T09:00:00Z", row.get(StatusLinkEntity.CREATED_AT));
        assertEquals("2026-04-01T09:00:00Z", row.get(StatusLinkEntity.EXPIRES_AT));
        assertFalse(row.containsKey(StatusLinkEntity.REVOKED_AT));
        for (Object value : row.values()) {
            assertFalse("the clear token was stored", String.valueOf(value).contains(token.text()));
        }
    }

    @Test
    public void aViewWrittenByAnotherNodeBetweenThisReadAndWrite_isCountedToo() {
        store.add(link);
        ao.interruptNextWriteTo(StatusLinkEntity.class, () -> {
            Map<String, Object> theirs = new HashMap<>(ao.rows(StatusLinkEntity.class).get(0));
            theirs.remove("ID");
            ao.committedDelete(StatusLinkEntity.class, StatusLinkEntity.TOKEN_HASH, token.hash().hex());
            theirs.put(StatusLinkEntity.REVISION, 2);
            theirs.put(StatusLinkEntity.VIEW_COUNT, 1L);
            theirs.put(StatusLinkEntity.LAST_VIEWED_AT, CREATED.plusSeconds(5).toString());
            ao.committedInsert(StatusLinkEntity.class, theirs);
        });

        store.recordView(token.hash(), LATER);

        StatusLink viewed = store.find(token.hash()).orElseThrow();
        assertEquals(2, viewed.views());
        assertEquals(Optional.of(LATER), viewed.lastViewed());
        assertEquals(1, ao.rows(StatusLinkEntity.class).size());
    }

    @Test
    public void aRevocationAfterAnotherNodesView_keepsTheirViewAndRevokes() {
        store.add(link);
        ao.interruptNextWriteTo(StatusLinkEntity.class, () -> {
            Map<String, Object> theirs = new HashMap<>(ao.rows(StatusLinkEntity.class).get(0));
            theirs.remove("ID");
            ao.committedDelete(StatusLinkEntity.class, StatusLinkEntity.TOKEN_HASH, token.hash().hex());
            theirs.put(StatusLinkEntity.REVISION, 2);
            theirs.put(StatusLinkEntity.VIEW_COUNT, 1L);
            ao.committedInsert(StatusLinkEntity.class, theirs);
        });

        assertTrue(store.revoke(token.hash(), "sam", LATER));

        StatusLink revoked = store.find(token.hash()).orElseThrow();
        assertEquals(1, revoked.views());
        assertTrue(revoked.revocation().isPresent());
    }
}
