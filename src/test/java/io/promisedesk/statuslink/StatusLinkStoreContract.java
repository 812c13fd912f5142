package io.promisedesk.statuslink;

import io.promisedesk.commitment.Customer;
import io.promisedesk.sales.CommitmentQuery;
import io.promisedesk.work.IssueKey;
import org.junit.Before;
import org.junit.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** What every {@link StatusLinkStore} does, whatever keeps the links: run against each implementation. */
public abstract class StatusLinkStoreContract {
    protected static final Instant CREATED = Instant.parse("2026-03-02T09:00:00Z");
    protected static final Instant EXPIRES = Instant.parse("2026-04-01T09:00:00Z");
    protected static final Instant LATER = Instant.parse("2026-03-03T10:30:00.250Z");

    protected StatusLinkStore store;
    protected final StatusLinkToken token = StatusLinkToken.generate(new SecureRandom());
    protected final StatusLink link = StatusLink.created(token.hash(), "sam",
            new StatusLinkScope.OneIssue(IssueKey.parse("OPS-7")), false, CREATED, EXPIRES);

    protected abstract StatusLinkStore newStore();

    @Before
    public void createStore() {
        store = newStore();
    }

    @Test
    public void anAddedLink_isFoundByItsHash_asItWasAdded() {
        store.add(link);

        assertEquals(Optional.of(link), store.find(token.hash()));
        assertEquals(List.of(link), store.all());
    }

    @Test
    public void anUnknownHash_findsNothing() {
        store.add(link);

        assertEquals(Optional.empty(), store.find(StatusLinkToken.generate(new SecureRandom()).hash()));
    }

    @Test
    public void aSecondLinkWithTheSameHash_isRefused_andTheFirstStays() {
        store.add(link);

        assertThrows(RuntimeException.class, () -> store.add(StatusLink.created(token.hash(), "kim",
                new StatusLinkScope.OneIssue(IssueKey.parse("OPS-8")), false, CREATED, EXPIRES)));
        assertEquals(Optional.of(link), store.find(token.hash()));
    }

    @Test
    public void views_areCounted_withTheLastInstant() {
        store.add(link);

        store.recordView(token.hash(), CREATED.plusSeconds(60));
        store.recordView(token.hash(), LATER);

        StatusLink viewed = store.find(token.hash()).orElseThrow();
        assertEquals(2, viewed.views());
        assertEquals(Optional.of(LATER), viewed.lastViewed());
    }

    @Test
    public void aRevokedLink_staysRevokedByTheFirst_andKeepsItsViews() {
        store.add(link);
        store.recordView(token.hash(), LATER);

        assertTrue(store.revoke(token.hash(), "sam", LATER.plusSeconds(1)));
        assertFalse(store.revoke(token.hash(), "admin", LATER.plusSeconds(2)));

        StatusLink revoked = store.find(token.hash()).orElseThrow();
        assertEquals(Optional.of(new Revocation("sam", LATER.plusSeconds(1))), revoked.revocation());
        assertEquals(1, revoked.views());
        assertFalse(revoked.isLive(LATER.plusSeconds(3)));
    }

    @Test
    public void revokingOrViewingAnUnknownHash_changesNothing() {
        TokenHash unknown = StatusLinkToken.generate(new SecureRandom()).hash();

        assertFalse(store.revoke(unknown, "sam", LATER));
        store.recordView(unknown, LATER);

        assertEquals(List.of(), store.all());
    }

    @Test
    public void everyScope_andTheChoiceOfReasons_comeBackAsAdded() {
        Map<String, List<String>> filter = new LinkedHashMap<>();
        filter.put(CommitmentQuery.SCOPE, List.of("all"));
        filter.put(CommitmentQuery.CUSTOMER, List.of("Ünïcode & Co = 100% <b>"));
        filter.put(CommitmentQuery.RISK, List.of("late", "at-risk"));
        filter.put(CommitmentQuery.FROM, List.of("2026-03-01"));
        filter.put(CommitmentQuery.SORT, List.of("eta"));
        filter.put(CommitmentQuery.ORDER, List.of("desc"));
        filter.put(CommitmentQuery.PAGE, List.of("3"));
        List<StatusLinkScope> scopes = List.of(
                new StatusLinkScope.CustomerReview(new Customer("Initech & Sons; 'quoted' ?x=1")),
                new StatusLinkScope.Commitments(CommitmentQuery.parse(filter)),
                new StatusLinkScope.Commitments(CommitmentQuery.defaults()));
        for (StatusLinkScope scope : scopes) {
            StatusLinkToken other = StatusLinkToken.generate(new SecureRandom());
            StatusLink added = StatusLink.created(other.hash(), "sam", scope, true, CREATED, EXPIRES);
            store.add(added);

            assertEquals(Optional.of(added), store.find(other.hash()));
        }
        CommitmentQuery kept = ((StatusLinkScope.Commitments) scopes.get(1)).query();
        assertEquals(1, kept.page());
        assertEquals(CommitmentQuery.MAX_PAGE_SIZE, kept.pageSize());
        assertEquals(Optional.of("Ünïcode & Co = 100% <b>"), kept.customer());
    }
}
