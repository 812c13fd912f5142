package io.promisedesk.jira.servlet;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.Customer;
import io.promisedesk.common.Hours;
import io.promisedesk.fixtures.FakeAccess;
import io.promisedesk.fixtures.WorkloadWorld;
import io.promisedesk.jira.servlet.PageRendering.DefaultSettings;
import io.promisedesk.jira.servlet.StatusLinkRequests.StatusLinkPage;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.rendering.RenderedHtml;
import io.promisedesk.rendering.XssCorpus;
import io.promisedesk.commitment.InMemoryCommitmentStore;
import io.promisedesk.commitment.StoredCommitment;
import io.promisedesk.eta.EtaChange;
import io.promisedesk.sales.CommitmentQuery;
import io.promisedesk.eta.InMemoryEtaHistoryStore;
import io.promisedesk.statuslink.BadTokenThrottle;
import io.promisedesk.statuslink.CreatedStatusLink;
import io.promisedesk.statuslink.LinkedIssues;
import io.promisedesk.statuslink.InMemoryStatusLinkStore;
import io.promisedesk.statuslink.StatusLinkPolicy;
import io.promisedesk.statuslink.StatusLinkScope;
import io.promisedesk.statuslink.StatusLinkToken;
import io.promisedesk.statuslink.StatusLinks;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.StatusCategory;
import io.promisedesk.work.WorkItem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.Test;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The page a read-only status link opens, rendered with a real Velocity and parsed: the ETA-only status of one issue
 * of the scenario's team "platform" (Monday 2 March 2026), nothing internal, and one neutral page for every link that
 * opens nothing.
 */
public class StatusLinkRequestsTest {
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final String VISITOR = "198.51.100.7";

    private final WorkloadWorld world = new WorkloadWorld();
    private final InMemoryStatusLinkStore store = new InMemoryStatusLinkStore();
    private final Set<String> browsing = new HashSet<>(Set.of("sam:OPS-12", "sam:OPS-50"));
    private StatusLinkPolicy policy = StatusLinkPolicy.DEFAULT;
    private final StatusLinks links = new StatusLinks(store, (user, issue) -> browsing.contains(user + ":" + issue),
            () -> policy, world.clock);
    private final InMemoryCommitmentStore commitments = new InMemoryCommitmentStore();
    private final InMemoryEtaHistoryStore histories = new InMemoryEtaHistoryStore();
    private final StatusLinkRequests requests = new StatusLinkRequests(links,
            new LinkedIssues(world.directory, world.snapshots, world.work, commitments), histories,
            new DefaultSettings(), BadTokenThrottle.standard(world.clock));
    /** The creator browses OPS-12, OPS-50 and the XSS test's issues OPS-100 onwards, one per payload. */
    private final FakeAccess sam = FakeAccess.named("sam").asSales().browses(Stream.concat(
            Stream.of("OPS-12", "OPS-50"),
            IntStream.range(100, 100 + XssCorpus.payloads(Customer.MAX_LENGTH).size()).mapToObj(n -> "OPS-" + n))
            .toArray(String[]::new));

    private String linkTo(String issue) {
        return linkTo(new StatusLinkScope.OneIssue(IssueKey.parse(issue)), false);
    }

    private String linkTo(StatusLinkScope scope, boolean includesReasons) {
        CreatedStatusLink created = links.create(sam, scope, StatusLinks.DEFAULT_DAYS, includesReasons).orElseThrow();
        return StatusLinkRequests.PATH + created.token().text();
    }

    private static String html(StatusLinkPage page) {
        return JiraLikeVelocity.render(page.template(), page.context());
    }

    private static Document document(StatusLinkPage page) {
        Document document = Jsoup.parse(html(page));
        RenderedHtml.assertNoActiveContent(document);
        return document;
    }

    private static String fact(Document page, String name) {
        return page.selectFirst("dd.promisedesk-fact--" + name).text();
    }

    @Test
    public void aLiveLink_showsTheIssuesEtaOnlyStatus_asAWholeDocumentOfItsOwn() {
        StatusLinkPage page = requests.get(linkTo("OPS-12"), VISITOR, Locale.ENGLISH);

        assertEquals(200, page.status());
        Document shown = document(page);
        assertEquals("Status of OPS-12", shown.title());
        assertEquals("en", shown.selectFirst("html").attr("lang"));
        assertEquals("noindex, nofollow", shown.selectFirst("meta[name=robots]").attr("content"));
        assertEquals("no-referrer", shown.selectFirst("meta[name=referrer]").attr("content"));
        assertNull("inside Jira's decorator", shown.selectFirst("meta[name=decorator]"));
        assertEquals("OPS-12 Work on OPS-12", shown.selectFirst("h1").text());
        assertEquals("Wed 18 Mar", fact(shown, "eta"));
        assertEquals("Fri 20 Mar", fact(shown, "commitment"));
        assertNotNull(shown.selectFirst("dd.promisedesk-fact--risk"));
        assertTrue(shown.selectFirst("p.promisedesk-status-link__sentence").text().startsWith("Being worked on."));
    }

    @Test
    public void theLinkPage_isInDutch_forADutchJira() {
        Document shown = document(requests.get(linkTo("OPS-12"), VISITOR, DUTCH));

        assertEquals("Status van OPS-12", shown.title());
        assertEquals("wo 18 mrt", fact(shown, "eta"));
        assertEquals("Link niet beschikbaar",
                document(requests.get(StatusLinkRequests.PATH + "x", VISITOR, DUTCH)).title());
    }

    /** Everything the sales view hides, and the note and links it shows its own readers, stay off the link page. */
    @Test
    public void nothingInternal_appearsOnTheLinkPage() {
        world.work.put(WorkItem.builder(IssueKey.parse("OPS-50"), StatusCategory.IN_PROGRESS).summary("Billing export")
                .status("Waiting for DBA review").assignee("zoe.internal").priority("Highest-Internal")
                .remaining(Hours.of(37.5)).commitment(Commitment.of(LocalDate.parse("2026-03-27"), "Initech"))
                .eta(LocalDate.parse("2026-03-25")).build());

        String html = html(requests.get(linkTo("OPS-50"), VISITOR, Locale.ENGLISH));

        for (String hidden : List.of("zoe.internal", "Highest-Internal", "Waiting for DBA review", "37.5", "37,5",
                "hours", "sam", "/plugins/servlet", "/browse/", "review")) {
            assertFalse(hidden + " shown in " + html, html.contains(hidden));
        }
        Document shown = Jsoup.parse(html);
        assertEquals(List.of(), shown.select("a, form, input, button, link, script"));
        assertEquals(List.of("Expected", "Promised for", "Risk"), shown.select("dt").eachText());
    }

    /** Negative control for the check above: the sales view itself names the customer's review, which it may. */
    @Test
    public void theHiddenWordCheck_findsWhatTheSalesViewShows() {
        String salesView = JiraLikeVelocity.render(io.promisedesk.sales.SalesIssueView.TEMPLATE,
                new io.promisedesk.sales.SalesIssueView("https://jira.example.com").context(
                        world.work.workOf(WorkloadWorld.PLATFORM).stream()
                                .filter(item -> item.key().equals(IssueKey.parse("OPS-12"))).findFirst().orElseThrow(),
                        world.snapshots.current(WorkloadWorld.PLATFORM).orElseThrow(),
                        new DefaultSettings().load().value().phrases(), java.util.Optional.of("internal note"),
                        Locale.ENGLISH, LocalDate.parse("2026-03-02")));

        assertTrue(salesView.contains("/plugins/servlet"));
        assertTrue(salesView.contains("internal note"));
    }

    @Test
    public void badUnknownExpiredRevokedAndNoLongerBrowsableLinks_allGetOneAndTheSameNeutralPage() {
        String neutral = html(requests.get(StatusLinkRequests.PATH + "nonsense", VISITOR, Locale.ENGLISH));
        String expired = linkTo("OPS-12");
        String revoked = linkTo("OPS-12");
        String unbrowsable = linkTo("OPS-50");
        links.revoke(sam, StatusLinkToken.parse(revoked.substring(StatusLinkRequests.PATH.length())).orElseThrow()
                .hash());
        browsing.remove("sam:OPS-50");
        world.clock.set("2026-04-01T08:00:00Z");

        for (String path : List.of(StatusLinkRequests.PATH, StatusLinkRequests.PATH + "<script>",
                StatusLinkRequests.PATH + StatusLinkToken.generate(new SecureRandom()).text(), expired, revoked,
                unbrowsable, "/plugins/servlet/promisedesk/elsewhere")) {
            StatusLinkPage page = requests.get(path, VISITOR, Locale.ENGLISH);
            assertEquals(path, 404, page.status());
            assertEquals(path, neutral, html(page));
        }
        Document shown = document(requests.get(expired, VISITOR, Locale.ENGLISH));
        assertEquals("Link not available", shown.selectFirst("h1").text());
    }

    @Test
    public void aLinkStopsAtItsExpiry_andARevocation_onTheNextRequest() {
        String path = linkTo("OPS-12");
        assertEquals(200, requests.get(path, VISITOR, Locale.ENGLISH).status());

        world.clock.set("2026-04-01T07:59:59Z");
        assertEquals(200, requests.get(path, VISITOR, Locale.ENGLISH).status());
        links.revoke(sam, store.all().get(0).hash());

        assertEquals(404, requests.get(path, VISITOR, Locale.ENGLISH).status());
        assertEquals(2, store.all().get(0).views());
    }

    @Test
    public void aLinkWhoseCreatorLostTheIssue_showsNothing_untilTheyMayBrowseItAgain() {
        String path = linkTo("OPS-12");

        browsing.remove("sam:OPS-12");
        assertEquals(404, requests.get(path, VISITOR, Locale.ENGLISH).status());

        browsing.add("sam:OPS-12");
        assertEquals(200, requests.get(path, VISITOR, Locale.ENGLISH).status());
    }

    @Test
    public void everyValueTheLinkPageShows_isText_neverMarkup() {
        int number = 100;
        for (String payload : XssCorpus.payloads(Customer.MAX_LENGTH)) {
            // A new issue each time: the team's cached snapshot keeps an issue as it first read it.
            String key = "OPS-" + number++;
            browsing.add("sam:" + key);
            world.work.put(WorkItem.builder(IssueKey.parse(key), StatusCategory.IN_PROGRESS).summary(payload)
                    .status(payload).assignee("zoe").remaining(Hours.of(8))
                    .commitment(Commitment.of(LocalDate.parse("2026-03-27"), payload))
                    .eta(LocalDate.parse("2026-03-25")).build());

            Document shown = document(requests.get(linkTo(key), VISITOR, Locale.ENGLISH));

            assertEquals(payload, shown.selectFirst(".promisedesk-status-link__summary").text());
            assertTrue(payload, shown.selectFirst("p.promisedesk-status-link__sentence").text().contains(payload));
        }
    }

    @Test
    public void everyAnswer_carriesNoStoreNoReferrerNoindexNosniffAndAPolicyThatLoadsNothing() {
        assertEquals("no-store", StatusLinkRequests.HEADERS.get("Cache-Control"));
        assertEquals("no-referrer", StatusLinkRequests.HEADERS.get("Referrer-Policy"));
        assertEquals("noindex, nofollow", StatusLinkRequests.HEADERS.get("X-Robots-Tag"));
        assertEquals("nosniff", StatusLinkRequests.HEADERS.get("X-Content-Type-Options"));
        assertEquals("default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
                StatusLinkRequests.HEADERS.get("Content-Security-Policy"));
    }

    private static List<String> keysOn(Document page) {
        return page.select(".promisedesk-status-link__key").eachText();
    }

    private void hold(String issue, String holder) {
        commitments.save(new StoredCommitment(IssueKey.parse(issue), Commitment.of(LocalDate.parse("2026-03-20"),
                "ACME"), Optional.of("internal note"), holder, world.clock.instant()), Optional.empty());
    }

    @Test
    public void aCustomerReviewLink_showsTheCustomersCommitments_thatItsCreatorMayStillBrowse() {
        browsing.add("sam:OPS-7");
        String path = linkTo(new StatusLinkScope.CustomerReview(new Customer("acme")), false);

        Document shown = document(requests.get(path, VISITOR, Locale.ENGLISH));

        assertEquals("Commitments to acme", shown.title());
        assertEquals(List.of("OPS-12"), keysOn(shown));
        assertEquals(List.of("Expected", "Promised for", "Risk"), shown.select("dt").eachText());

        browsing.remove("sam:OPS-12");
        Document after = document(requests.get(path, VISITOR, Locale.ENGLISH));
        assertEquals(List.of(), keysOn(after));
        assertEquals("There is nothing to show here at the moment.",
                after.selectFirst(".promisedesk-status-link__empty").text());
    }

    @Test
    public void aMyCommitmentsLink_showsTheCreatorsOwnCommitments_underTheFilterChosen_browsableOnly() {
        browsing.addAll(List.of("sam:OPS-7", "sam:OPS-9"));
        hold("OPS-12", "sam");
        hold("OPS-7", "kim");
        hold("OPS-9", "sam");
        browsing.remove("sam:OPS-9");

        Document mine = document(requests.get(linkTo(new StatusLinkScope.Commitments(CommitmentQuery.defaults()),
                false), VISITOR, Locale.ENGLISH));
        Document all = document(requests.get(linkTo(new StatusLinkScope.Commitments(CommitmentQuery.parse(Map.of(
                CommitmentQuery.SCOPE, List.of("all"), CommitmentQuery.SORT, List.of("key"),
                CommitmentQuery.ORDER, List.of("desc")))), false), VISITOR, Locale.ENGLISH));
        Document globex = document(requests.get(linkTo(new StatusLinkScope.Commitments(CommitmentQuery.parse(Map.of(
                CommitmentQuery.SCOPE, List.of("all"), CommitmentQuery.CUSTOMER, List.of("glob")))), false),
                VISITOR, Locale.ENGLISH));

        assertEquals("Commitments", mine.title());
        assertEquals(List.of("OPS-12"), keysOn(mine));
        assertEquals(List.of("OPS-12", "OPS-7"), keysOn(all));
        assertEquals(List.of("OPS-7"), keysOn(globex));
        assertFalse(mine.html().contains("internal note"));
    }

    @Test
    public void theReasonsOfEtaChanges_showOnlyOnALinkWhoseCreatorIncludedThem() {
        histories.save(new EtaChange(IssueKey.parse("OPS-12"), "tina.tech", world.clock.instant(), Optional.empty(),
                LocalDate.parse("2026-03-18"), Optional.of("Vendor delayed the part")));

        String without = html(requests.get(linkTo("OPS-12"), VISITOR, Locale.ENGLISH));
        Document with = document(requests.get(linkTo(new StatusLinkScope.OneIssue(IssueKey.parse("OPS-12")), true),
                VISITOR, Locale.ENGLISH));

        assertFalse(without.contains("Vendor delayed the part"));
        assertEquals(List.of("Mon 2 Mar: from No expected date yet to Wed 18 Mar. Vendor delayed the part"),
                with.select(".promisedesk-status-link__reasons li").eachText());
        assertFalse("who moved the ETA is internal", with.html().contains("tina.tech"));
    }

    @Test
    public void nothingInternal_appearsOnAListLink() {
        world.work.put(WorkItem.builder(IssueKey.parse("OPS-50"), StatusCategory.IN_PROGRESS).summary("Billing export")
                .status("Waiting for DBA review").assignee("zoe.internal").priority("Highest-Internal")
                .remaining(Hours.of(37.5)).commitment(Commitment.of(LocalDate.parse("2026-03-27"), "Initech"))
                .eta(LocalDate.parse("2026-03-25")).build());
        hold("OPS-50", "sam");
        histories.save(new EtaChange(IssueKey.parse("OPS-50"), "tina.tech", world.clock.instant(), Optional.empty(),
                LocalDate.parse("2026-03-25"), Optional.of("Secret reason")));
        world.snapshots.issueChanged(IssueKey.parse("OPS-50"), Optional.empty());

        for (StatusLinkScope scope : List.of(new StatusLinkScope.CustomerReview(new Customer("Initech")),
                new StatusLinkScope.Commitments(CommitmentQuery.defaults()))) {
            String html = html(requests.get(linkTo(scope, false), VISITOR, Locale.ENGLISH));

            assertTrue(html, html.contains("OPS-50"));
            for (String hidden : List.of("zoe.internal", "Highest-Internal", "Waiting for DBA review", "37.5", "37,5",
                    "hours", "sam", "tina.tech", "Secret reason", "internal note", "/plugins/servlet", "/browse/")) {
                assertFalse(hidden + " shown in " + html, html.contains(hidden));
            }
            assertEquals(List.of(), Jsoup.parse(html).select("a, form, input, button, link, script"));
        }
    }

    @Test
    public void everyCustomerNameAndReason_isText_neverMarkup() {
        int number = 100;
        for (String payload : XssCorpus.payloads(EtaChange.MAX_REASON)) {
            String key = "OPS-" + number++;
            browsing.add("sam:" + key);
            String customer = payload.length() > Customer.MAX_LENGTH ? payload.substring(0, Customer.MAX_LENGTH)
                    : payload;
            if (customer.isBlank()) {
                continue;
            }
            world.work.put(WorkItem.builder(IssueKey.parse(key), StatusCategory.IN_PROGRESS).summary("Work")
                    .commitment(Commitment.of(LocalDate.parse("2026-03-27"), customer))
                    .eta(LocalDate.parse("2026-03-25")).build());
            histories.save(new EtaChange(IssueKey.parse(key), "tina", world.clock.instant(), Optional.empty(),
                    LocalDate.parse("2026-03-25"), Optional.of(payload)));
            world.snapshots.issueChanged(IssueKey.parse(key), Optional.empty());

            Document shown = document(requests.get(linkTo(new StatusLinkScope.CustomerReview(new Customer(customer)),
                    true), VISITOR, Locale.ENGLISH));

            assertEquals("Commitments to " + customer.strip(), shown.selectFirst("h1").text());
            assertTrue(payload, shown.selectFirst(".promisedesk-status-link__reasons li").text()
                    .endsWith(payload.strip()));
        }
    }

    @Test
    public void anAddressSendingManyBadTokens_isSlowedDown_evenForAGoodLink_andOthersAreNot() {
        String good = linkTo("OPS-12");
        for (int i = 1; i < BadTokenThrottle.FAILURES; i++) {
            requests.get(StatusLinkRequests.PATH + "guess" + i, "203.0.113.9", Locale.ENGLISH);
        }
        assertEquals("negative control: one failure short", 200,
                requests.get(good, "203.0.113.9", Locale.ENGLISH).status());

        requests.get(StatusLinkRequests.PATH + "guess", "203.0.113.9", Locale.ENGLISH);
        StatusLinkPage slowed = requests.get(good, "203.0.113.9", Locale.ENGLISH);

        assertEquals(429, slowed.status());
        assertEquals(html(requests.get(StatusLinkRequests.PATH + "x", VISITOR, Locale.ENGLISH)), html(slowed));
        assertEquals(200, requests.get(good, VISITOR, Locale.ENGLISH).status());
        world.clock.set("2026-03-02T08:10:00Z");
        assertEquals(200, requests.get(good, "203.0.113.9", Locale.ENGLISH).status());
    }

    @Test
    public void theAdministratorsSwitch_closesEveryLinkOnTheNextRequest_withoutCountingVisitorsAsGuessing() {
        String path = linkTo("OPS-12");
        policy = new StatusLinkPolicy(false, 90);

        for (int i = 0; i < BadTokenThrottle.FAILURES + 1; i++) {
            StatusLinkPage closed = requests.get(path, VISITOR, Locale.ENGLISH);
            assertEquals(404, closed.status());
            assertEquals(html(requests.get(StatusLinkRequests.PATH + "x", "203.0.113.1", Locale.ENGLISH)),
                    html(closed));
        }

        policy = StatusLinkPolicy.DEFAULT;
        assertEquals(200, requests.get(path, VISITOR, Locale.ENGLISH).status());
        assertEquals(1, store.all().get(0).views());
    }
}
