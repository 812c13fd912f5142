package io.promisedesk.statuslink;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.fixtures.FakeAccess;
import io.promisedesk.fixtures.MutableClock;
import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/**
 * Creating, opening and revoking status links: who may create and revoke, the expiry, and that every opening asks
 * again whether the creator may still browse the issue.
 */
public class StatusLinksTest {
    private static final StatusLinkScope OPS_7 = new StatusLinkScope.OneIssue(IssueKey.parse("OPS-7"));

    private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
    private final InMemoryStatusLinkStore store = new InMemoryStatusLinkStore();
    private final Set<String> browsing = new HashSet<>(Set.of("sam:OPS-7", "kim:OPS-7"));
    private final StatusLinks links = new StatusLinks(store,
            (user, issue) -> browsing.contains(user + ":" + issue), clock);
    private final FakeAccess sam = FakeAccess.named("sam").asSales().browses("OPS-7");

    private CreatedStatusLink created() {
        return links.create(sam, OPS_7, StatusLinks.DEFAULT_DAYS).orElseThrow();
    }

    @Test
    public void aSalesperson_createsALink_keptOnlyAsItsHash() {
        CreatedStatusLink created = created();

        StatusLink kept = store.all().get(0);
        assertEquals(created.token().hash(), kept.hash());
        assertEquals("sam", kept.creator());
        assertEquals(Instant.parse("2026-03-02T09:00:00Z"), kept.created());
        assertEquals(Instant.parse("2026-04-01T09:00:00Z"), kept.expires());
        assertFalse("the clear token reached the store", kept.toString().contains(created.token().text()));
        assertEquals(1, store.all().size());
    }

    @Test
    public void anAdministrator_mayCreate_butNobodyElse() {
        assertTrue(links.create(FakeAccess.named("ada").asAdministrator().browses("OPS-7"), OPS_7, 1).isPresent());

        assertEquals(Optional.empty(), links.create(FakeAccess.named("tom").browses("OPS-7"), OPS_7, 1));
        assertEquals(Optional.empty(), links.create(FakeAccess.anonymous(), OPS_7, 1));
        assertEquals(Optional.empty(), links.create(FakeAccess.named("sue").asSales(), OPS_7, 1));
        assertEquals(1, store.all().size());
    }

    @Test
    public void aLifetimeOutsideOneToTheMaximum_isRefused() {
        for (int days : List.of(0, -1, StatusLinks.MAX_DAYS + 1)) {
            InvalidValueException refused = assertThrows(InvalidValueException.class,
                    () -> links.create(sam, OPS_7, days));
            assertEquals("promisedesk.statusLink.error.days", refused.i18nKey());
        }
        assertTrue(links.create(sam, OPS_7, StatusLinks.MAX_DAYS).isPresent());
    }

    @Test
    public void aLink_opensWithItsToken_andCountsEachView() {
        CreatedStatusLink created = created();

        links.open(created.token().text()).orElseThrow();
        clock.set("2026-03-03T10:00:00Z");
        StatusLink opened = links.open(created.token().text()).orElseThrow();

        assertEquals(OPS_7, opened.scope());
        assertEquals(2, opened.views());
        assertEquals(2, store.all().get(0).views());
        assertEquals(Optional.of(Instant.parse("2026-03-03T10:00:00Z")), store.all().get(0).lastViewed());
    }

    @Test
    public void aLink_stopsOpeningAtItsExpiry_onTheNextRequest() {
        CreatedStatusLink created = created();
        clock.set("2026-04-01T08:59:59Z");
        assertTrue(links.open(created.token().text()).isPresent());

        clock.set("2026-04-01T09:00:00Z");

        assertEquals(Optional.empty(), links.open(created.token().text()));
        assertEquals(1, store.all().get(0).views());
    }

    @Test
    public void aRevokedLink_opensNothing_onTheNextRequest() {
        CreatedStatusLink created = created();
        assertTrue(links.open(created.token().text()).isPresent());

        assertTrue(links.revoke(sam, created.link().hash()));

        assertEquals(Optional.empty(), links.open(created.token().text()));
    }

    @Test
    public void onlyTheCreatorOrAnAdministrator_mayRevoke() {
        CreatedStatusLink created = created();

        assertFalse(links.revoke(FakeAccess.named("kim").asSales(), created.link().hash()));
        assertFalse(links.revoke(FakeAccess.anonymous(), created.link().hash()));
        assertTrue(links.open(created.token().text()).isPresent());

        assertTrue(links.revoke(FakeAccess.named("ada").asAdministrator(), created.link().hash()));
        assertEquals("ada", store.all().get(0).revocation().orElseThrow().by());
    }

    @Test
    public void aLinkWhoseCreatorMayNoLongerBrowseTheIssue_opensNothing_andCountsNothing() {
        CreatedStatusLink created = created();

        browsing.remove("sam:OPS-7");

        assertEquals(Optional.empty(), links.open(created.token().text()));
        assertEquals(0, store.all().get(0).views());

        browsing.add("sam:OPS-7");
        assertTrue(links.open(created.token().text()).isPresent());
    }

    @Test
    public void aLinkWithNothingToShow_countsNoView() {
        CreatedStatusLink created = created();

        assertEquals(Optional.empty(), links.open(created.token().text(), link -> Optional.empty()));
        assertEquals(Optional.of("shown"), links.open(created.token().text(), link -> Optional.of("shown")));

        assertEquals(1, store.all().get(0).views());
    }

    @Test
    public void badAndUnknownTokens_openNothing() {
        created();

        for (String bad : List.of("", "nonsense", StatusLinkToken.generate(new SecureRandom()).text())) {
            assertEquals(bad, Optional.empty(), links.open(bad));
        }
        assertEquals(Optional.empty(), links.open(null));
    }

    @Test
    public void theListOfLinks_showsAnAdministratorAll_andAnyoneElseTheirOwn() {
        created();
        links.create(FakeAccess.named("kim").asSales().browses("OPS-7"), OPS_7, 5).orElseThrow();

        assertEquals(List.of("sam"), links.linksOf(sam).stream().map(StatusLink::creator).toList());
        assertEquals(List.of("sam", "kim"), links.linksOf(FakeAccess.named("ada").asAdministrator()).stream()
                .map(StatusLink::creator).toList());
        assertEquals(List.of(), links.linksOf(FakeAccess.anonymous()));
    }
}
