package io.promisedesk.statuslink;

import io.promisedesk.commitment.Customer;
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
    private StatusLinkPolicy policy = StatusLinkPolicy.DEFAULT;
    private final StatusLinks links = new StatusLinks(store,
            (user, issue) -> browsing.contains(user + ":" + issue), () -> policy, clock);
    private final FakeAccess sam = FakeAccess.named("sam").asSales().browses("OPS-7");

    private Optional<StatusLink> open(String tokenText) {
        return links.open(tokenText, (link, browsable) -> Optional.of(link));
    }

    private CreatedStatusLink created() {
        return links.create(sam, OPS_7, StatusLinks.DEFAULT_DAYS, false).orElseThrow();
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
        assertTrue(links.create(FakeAccess.named("ada").asAdministrator().browses("OPS-7"), OPS_7, 1, false)
                .isPresent());

        assertEquals(Optional.empty(), links.create(FakeAccess.named("tom").browses("OPS-7"), OPS_7, 1, false));
        assertEquals(Optional.empty(), links.create(FakeAccess.anonymous(), OPS_7, 1, false));
        assertEquals(Optional.empty(), links.create(FakeAccess.named("sue").asSales(), OPS_7, 1, false));
        assertEquals(1, store.all().size());
    }

    @Test
    public void aLifetimeOutsideOneToTheMaximum_isRefused() {
        policy = new StatusLinkPolicy(true, 14);
        for (int days : List.of(0, -1, 15)) {
            InvalidValueException refused = assertThrows(InvalidValueException.class,
                    () -> links.create(sam, OPS_7, days, false));
            assertEquals("promisedesk.statusLink.error.days", refused.i18nKey());
        }
        assertTrue(links.create(sam, OPS_7, 14, false).isPresent());
    }

    @Test
    public void aLink_opensWithItsToken_andCountsEachView() {
        CreatedStatusLink created = created();

        open(created.token().text()).orElseThrow();
        clock.set("2026-03-03T10:00:00Z");
        StatusLink opened = open(created.token().text()).orElseThrow();

        assertEquals(OPS_7, opened.scope());
        assertEquals(2, opened.views());
        assertEquals(2, store.all().get(0).views());
        assertEquals(Optional.of(Instant.parse("2026-03-03T10:00:00Z")), store.all().get(0).lastViewed());
    }

    @Test
    public void aLink_stopsOpeningAtItsExpiry_onTheNextRequest() {
        CreatedStatusLink created = created();
        clock.set("2026-04-01T08:59:59Z");
        assertTrue(open(created.token().text()).isPresent());

        clock.set("2026-04-01T09:00:00Z");

        assertEquals(Optional.empty(), open(created.token().text()));
        assertEquals(1, store.all().get(0).views());
    }

    @Test
    public void aRevokedLink_opensNothing_onTheNextRequest() {
        CreatedStatusLink created = created();
        assertTrue(open(created.token().text()).isPresent());

        assertTrue(links.revoke(sam, created.link().hash()));

        assertEquals(Optional.empty(), open(created.token().text()));
    }

    @Test
    public void onlyTheCreatorOrAnAdministrator_mayRevoke() {
        CreatedStatusLink created = created();

        assertFalse(links.revoke(FakeAccess.named("kim").asSales(), created.link().hash()));
        assertFalse(links.revoke(FakeAccess.anonymous(), created.link().hash()));
        assertTrue(open(created.token().text()).isPresent());

        assertTrue(links.revoke(FakeAccess.named("ada").asAdministrator(), created.link().hash()));
        assertEquals("ada", store.all().get(0).revocation().orElseThrow().by());
    }

    @Test
    public void aLinkWhoseCreatorMayNoLongerBrowseTheIssue_opensNothing_andCountsNothing() {
        CreatedStatusLink created = created();

        browsing.remove("sam:OPS-7");

        assertEquals(Optional.empty(), open(created.token().text()));
        assertEquals(0, store.all().get(0).views());

        browsing.add("sam:OPS-7");
        assertTrue(open(created.token().text()).isPresent());
    }

    @Test
    public void aLinkWithNothingToShow_countsNoView() {
        CreatedStatusLink created = created();

        assertEquals(Optional.empty(), links.open(created.token().text(), (link, browsable) -> Optional.empty()));
        assertEquals(Optional.of("shown"), links.open(created.token().text(), (link, browsable) -> Optional.of("shown")));

        assertEquals(1, store.all().get(0).views());
    }

    @Test
    public void badAndUnknownTokens_openNothing() {
        created();

        for (String bad : List.of("", "nonsense", StatusLinkToken.generate(new SecureRandom()).text())) {
            assertEquals(bad, Optional.empty(), open(bad));
        }
        assertEquals(Optional.empty(), open(null));
    }

    @Test
    public void theListOfLinks_showsAnAdministratorAll_andAnyoneElseTheirOwn() {
        created();
        links.create(FakeAccess.named("kim").asSales().browses("OPS-7"), OPS_7, 5, false).orElseThrow();

        assertEquals(List.of("sam"), links.liveLinksOf(sam).stream().map(StatusLink::creator).toList());
        assertEquals(List.of("sam", "kim"), links.liveLinksOf(FakeAccess.named("ada").asAdministrator()).stream()
                .map(StatusLink::creator).toList());
        assertEquals(List.of(), links.liveLinksOf(FakeAccess.anonymous()));
    }

    @Test
    public void theListOfLinks_dropsExpiredAndRevokedLinks_onTheNextRequest() {
        CreatedStatusLink revoked = created();
        clock.set("2026-03-05T09:00:00Z");
        CreatedStatusLink live = created();
        links.revoke(sam, revoked.link().hash());

        assertEquals(List.of(live.link().hash()), links.liveLinksOf(sam).stream().map(StatusLink::hash).toList());

        clock.set("2026-04-04T09:00:00Z");
        assertEquals(List.of(), links.liveLinksOf(sam));
    }

    @Test
    public void aLinkToAList_isCreatedWithoutAnIssueToBrowse_andKeepsTheChoiceOfReasons() {
        StatusLinkScope review = new StatusLinkScope.CustomerReview(new Customer("Initech"));

        CreatedStatusLink created = links.create(FakeAccess.named("sue").asSales(), review, 7, true).orElseThrow();

        assertEquals(review, store.all().get(0).scope());
        assertTrue(store.all().get(0).includesReasons());
        assertEquals(Optional.empty(), links.create(FakeAccess.named("tom"), review, 7, true));
        assertEquals(Optional.empty(), links.create(FakeAccess.anonymous(), review, 7, true));
        assertEquals(1, store.all().size());
        assertTrue(open(created.token().text()).isPresent());
    }

    @Test
    public void anOpenedLink_asksWhetherItsCreator_notTheVisitor_mayBrowseEachIssue() {
        CreatedStatusLink created = created();

        Optional<List<Boolean>> asked = links.open(created.token().text(), (link, browsable) -> Optional.of(List.of(
                browsable.test(IssueKey.parse("OPS-7")), browsable.test(IssueKey.parse("OPS-8")))));

        assertEquals(Optional.of(List.of(true, false)), asked);
        browsing.remove("sam:OPS-7");
        browsing.add("sam:OPS-8");
        assertEquals("the one issue is gone, so the link opens nothing", Optional.empty(),
                links.open(created.token().text(), (link, browsable) -> Optional.of("shown")));
    }

    @Test
    public void whileSwitchedOff_noLinkOpens_andNoneIsCreated_untilSwitchedOnAgain() {
        CreatedStatusLink created = created();
        policy = new StatusLinkPolicy(false, 90);

        assertEquals(Optional.empty(), open(created.token().text()));
        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> links.create(sam, OPS_7, 5, false));
        assertEquals("promisedesk.statusLink.error.disabled", refused.i18nKey());
        assertEquals(1, store.all().size());

        policy = StatusLinkPolicy.DEFAULT;
        assertTrue(open(created.token().text()).isPresent());
    }
}
