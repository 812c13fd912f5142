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
import io.promisedesk.sales.SalesIssueView;
import io.promisedesk.eta.InMemoryEtaHistoryStore;
import io.promisedesk.statuslink.BadTokenThrottle;
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
import org.jsoup.nodes.Element;
import org.junit.Test;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
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
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/**
 * The page a read-only status link opens, rendered with a real Velocity and parsed: the ETA-only status of one issue
 * of the scenario's team "platform" (Monday 2 March 2026), nothing internal, and one neutral page for every link that
 * opens nothing.
 */
public class StatusLinkRequestsTest {
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final String VISITOR = "198.51.100.7";

    private final StatusLinkWorld setup = new StatusLinkWorld("sam:OPS-12", "sam:OPS-50");
    private final WorkloadWorld world = setup.world;
    private final InMemoryStatusLinkStore store = setup.store;
    private final Set<String> browsing = setup.browsing;
    private final StatusLinks links = setup.links;
    private final InMemoryCommitmentStore commitments = setup.commitments;
    private final InMemoryEtaHistoryStore histories = setup.histories;
    private final StatusLinkRequests requests = setup.requests;
    /** The creator browses OPS-12, OPS-50 and the XSS test's issues OPS-100 onwards, one per payload. */
    private final FakeAccess sam = FakeAccess.named("sam").asSales().browses(Stream.concat(
            Stream.of("OPS-12", "OPS-50"),
            IntStream.range(100, 100 + XssCorpus.payloads(Customer.MAX_LENGTH).size()).mapToObj(n -> "OPS-" + n))
            .toArray(String[]::new));

    private String linkTo(String issue) {
        return linkTo(new StatusLinkScope.OneIssue(IssueKey.parse(issue)), false);
    }

    private String linkTo(StatusLinkScope scope, boolean includesReasons) {
        return setup.linkTo(sam, scope, includesReasons);
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

    /** The hidden values put on OPS-50 by {@link #anInternalIssue()}, each field the sales view hides by its name. */
    private static final Map<String, List<String>> HIDDEN = hidden();
    private static final String NOTE = "Margin is thin, do not promise more";
    private static final String REASON = "Vendor delayed the part";

    private static Map<String, List<String>> hidden() {
        Map<String, List<String>> hidden = new LinkedHashMap<>();
        hidden.put("assignee", List.of("zoe.internal"));
        hidden.put("remaining work", List.of("37.5", "37,5", "hours"));
        hidden.put("priority", List.of("Highest-Internal"));
        hidden.put("workflow status", List.of("Waiting for DBA review"));
        hidden.put("commitment's note", List.of(NOTE));
        hidden.put("who moved the ETA", List.of("tina.tech"));
        hidden.put("link's creator", List.of("sam"));
        hidden.put("links into Jira", List.of("/plugins/servlet", "/browse/", "href="));
        return Collections.unmodifiableMap(hidden);
    }

    /** Fails naming each field of {@code hidden} whose value {@code html} shows, anywhere in its markup. */
    private static void assertShowsNone(Map<String, List<String>> hidden, String html) {
        List<String> shown = new ArrayList<>();
        hidden.forEach((field, values) -> values.stream().filter(html::contains)
                .forEach(value -> shown.add(field + " (" + value + ")")));
        assertEquals("shown in " + html, List.of(), shown);
    }

    /**
     * OPS-50, in progress, committed to Initech, with every field the sales view hides filled in: the assignee, the
     * remaining work, the priority, the workflow status, the commitment's note (held by sam) and an ETA change by
     * tina.tech with a reason.
     */
    private void anInternalIssue() {
        world.work.put(WorkItem.builder(IssueKey.parse("OPS-50"), StatusCategory.IN_PROGRESS).summary("Billing export")
                .status("Waiting for DBA review").assignee("zoe.internal").priority("Highest-Internal")
                .remaining(Hours.of(37.5)).commitment(Commitment.of(LocalDate.parse("2026-03-27"), "Initech"))
                .eta(LocalDate.parse("2026-03-25")).build());
        commitments.save(new StoredCommitment(IssueKey.parse("OPS-50"), Commitment.of(LocalDate.parse("2026-03-27"),
                "Initech"), Optional.of(NOTE), "sam", world.clock.instant()), Optional.empty());
        histories.save(new EtaChange(IssueKey.parse("OPS-50"), "tina.tech", world.clock.instant(), Optional.empty(),
                LocalDate.parse("2026-03-25"), Optional.of(REASON)));
        world.snapshots.issueChanged(IssueKey.parse("OPS-50"), Optional.empty());
    }

    /** One link of each kind a page shares: the issue's sales view, Initech's review, "My commitments" filtered. */
    private static List<StatusLinkScope> everyScopeShowingOps50() {
        return List.of(new StatusLinkScope.OneIssue(IssueKey.parse("OPS-50")),
                new StatusLinkScope.CustomerReview(new Customer("Initech")),
                new StatusLinkScope.Commitments(CommitmentQuery.parse(Map.of(CommitmentQuery.CUSTOMER,
                        List.of("init"), CommitmentQuery.SORT, List.of("key")))));
    }

    /**
     * Every field the sales view hides stays off the page of each kind of link, with and without the reasons of ETA
     * changes; the reason itself only where the creator included it, and never who gave it.
     */
    @Test
    public void nothingInternal_appearsOnAnyKindOfLink_withOrWithoutTheReasons() {
        anInternalIssue();

        for (StatusLinkScope scope : everyScopeShowingOps50()) {
            for (boolean reasons : List.of(false, true)) {
                StatusLinkPage page = requests.get(linkTo(scope, reasons), VISITOR, Locale.ENGLISH);
                String html = html(page);
                String named = scope + (reasons ? " with reasons" : "");

                assertEquals(named, 200, page.status());
                assertEquals(named, List.of("OPS-50"), keysOn(Jsoup.parse(html)));
                assertShowsNone(HIDDEN, html);
                assertEquals(named, reasons, html.contains(REASON));
                Document shown = document(page);
                assertEquals(named, List.of(), shown.select("a, form, input, button, link, script"));
                assertEquals(named, List.of("Expected", "Promised for", "Risk"), shown.select("dt").eachText());
            }
        }
    }

    /** Negative controls for the check above: it names what the sales view shows, and a reason a link includes. */
    @Test
    public void theHiddenValuesCheck_failsOnThePagesThatShowThem() {
        anInternalIssue();
        String salesView = JiraLikeVelocity.render(SalesIssueView.TEMPLATE, new SalesIssueView(
                "https://jira.example.com").context(world.work.workOf(WorkloadWorld.PLATFORM).stream()
                        .filter(item -> item.key().equals(IssueKey.parse("OPS-50"))).findFirst().orElseThrow(),
                world.snapshots.current(WorkloadWorld.PLATFORM).orElseThrow(),
                new DefaultSettings().load().value().phrases(), Optional.of(NOTE), Locale.ENGLISH,
                LocalDate.parse("2026-03-02")));
        String withReasons = html(requests.get(linkTo(everyScopeShowingOps50().get(0), true), VISITOR,
                Locale.ENGLISH));

        AssertionError onSalesView = assertThrows(AssertionError.class, () -> assertShowsNone(HIDDEN, salesView));
        assertTrue(onSalesView.getMessage(), onSalesView.getMessage().contains("commitment's note (" + NOTE + ")"));
        assertTrue(onSalesView.getMessage(), onSalesView.getMessage().contains("links into Jira (/plugins/servlet)"));
        assertThrows(AssertionError.class, () -> assertShowsNone(Map.of("reason", List.of(REASON)), withReasons));
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
        setup.policy(new StatusLinkPolicy(false, 90));

        for (int i = 0; i < BadTokenThrottle.FAILURES + 1; i++) {
            StatusLinkPage closed = requests.get(path, VISITOR, Locale.ENGLISH);
            assertEquals(404, closed.status());
            assertEquals(html(requests.get(StatusLinkRequests.PATH + "x", "203.0.113.1", Locale.ENGLISH)),
                    html(closed));
        }

        setup.policy(StatusLinkPolicy.DEFAULT);
        assertEquals(200, requests.get(path, VISITOR, Locale.ENGLISH).status());
        assertEquals(1, store.all().get(0).views());
    }

    /**
     * Each reason a link opens nothing, met alone while the others still open (a revoked link not yet expired, a lost
     * issue on a live link), and then expiry: every one the same page to the byte as a made-up token.
     */
    @Test
    public void badUnknownExpiredRevokedAndNoLongerBrowsableLinks_allGetOneAndTheSameNeutralPage() {
        String neutral = html(requests.get(StatusLinkRequests.PATH + "nonsense", VISITOR, Locale.ENGLISH));
        String revoked = linkTo("OPS-12");
        String unbrowsable = linkTo("OPS-12");
        String expiring = linkTo("OPS-12");
        Map<String, StatusLinkPage> answers = new LinkedHashMap<>();
        for (String path : List.of(StatusLinkRequests.PATH, StatusLinkRequests.PATH + "<script>",
                StatusLinkRequests.PATH + StatusLinkToken.generate(new SecureRandom()).text(),
                StatusLinkRequests.PATH + StatusLinkWorld.tokenOf(revoked).hash().hex(),
                "/plugins/servlet/promisedesk/elsewhere")) {
            answers.put("bad " + path, requests.get(path, VISITOR, Locale.ENGLISH));
        }

        links.revoke(sam, StatusLinkWorld.tokenOf(revoked).hash());
        answers.put("revoked", requests.get(revoked, VISITOR, Locale.ENGLISH));
        assertEquals("negative control: still open", 200, requests.get(unbrowsable, VISITOR, Locale.ENGLISH).status());
        browsing.remove("sam:OPS-12");
        answers.put("no longer browsable", requests.get(unbrowsable, VISITOR, Locale.ENGLISH));
        browsing.add("sam:OPS-12");
        assertEquals("negative control: not expired yet", 200,
                requests.get(expiring, VISITOR, Locale.ENGLISH).status());
        world.clock.set("2026-04-01T08:00:00Z");
        answers.put("expired", requests.get(expiring, VISITOR, Locale.ENGLISH));

        answers.forEach((kind, page) -> {
            assertEquals(kind, 404, page.status());
            assertEquals(kind, neutral, html(page));
        });
        Document shown = document(answers.get("expired"));
        assertEquals("Link not available", shown.selectFirst("h1").text());
        assertEquals(List.of("Link not available", "This link does not work. Ask the person who sent it for a new one."),
                shown.select("h1, p").eachText());
        assertEquals("noindex, nofollow", shown.selectFirst("meta[name=robots]").attr("content"));
        assertEquals("no-referrer", shown.selectFirst("meta[name=referrer]").attr("content"));
        assertEquals(List.of(), shown.select("a, form, input, link, script"));
    }

    /**
     * The XSS corpus through every value a link page shows, on each kind of link: the summary, the customer's name
     * (in the sentence, and the title of a review), and the reason of an ETA change; each shown as the text it is.
     */
    @Test
    public void everyValueALinkPageShows_isText_neverMarkup_onEachKindOfLink() {
        int number = 100;
        for (String payload : XssCorpus.payloads(Customer.MAX_LENGTH)) {
            // A new issue each time: the team's cached snapshot keeps an issue as it first read it.
            String key = "OPS-" + number++;
            browsing.add("sam:" + key);
            world.work.put(WorkItem.builder(IssueKey.parse(key), StatusCategory.IN_PROGRESS).summary(payload)
                    .status(payload).assignee("zoe").remaining(Hours.of(8))
                    .commitment(Commitment.of(LocalDate.parse("2026-03-27"), payload))
                    .eta(LocalDate.parse("2026-03-25")).build());
            hold(key, "sam");
            histories.save(new EtaChange(IssueKey.parse(key), "tina", world.clock.instant(), Optional.empty(),
                    LocalDate.parse("2026-03-25"), Optional.of(payload)));
            world.snapshots.issueChanged(IssueKey.parse(key), Optional.empty());

            for (StatusLinkScope scope : List.of(new StatusLinkScope.OneIssue(IssueKey.parse(key)),
                    new StatusLinkScope.CustomerReview(new Customer(payload)),
                    new StatusLinkScope.Commitments(CommitmentQuery.parse(Map.of(CommitmentQuery.SORT,
                            List.of("key"), CommitmentQuery.ORDER, List.of("desc")))))) {
                StatusLinkPage page = requests.get(linkTo(scope, true), VISITOR, Locale.ENGLISH);
                RenderedHtml.assertPlainContext(page.context());
                Document shown = document(page);
                String named = scope.getClass().getSimpleName() + " " + payload;

                Element issue = shown.select("section.promisedesk-status-link__issue").stream()
                        .filter(section -> section.selectFirst(".promisedesk-status-link__key").text().equals(key))
                        .findFirst().orElseThrow(() -> new AssertionError(named + ": " + key + " not shown"));
                assertEquals(named, payload, issue.selectFirst(".promisedesk-status-link__summary").text());
                assertTrue(named, issue.selectFirst(".promisedesk-status-link__sentence").text().contains(payload));
                assertTrue(named, issue.selectFirst(".promisedesk-status-link__reasons li").text().endsWith(payload));
                if (scope instanceof StatusLinkScope.CustomerReview) {
                    assertEquals(named, "Commitments to " + payload, shown.selectFirst("h1").text());
                    assertEquals(named, "Commitments to " + payload, shown.title());
                }
            }
        }
    }

    @Test
    public void aMyCommitmentsLink_dropsAnIssue_onTheRequestAfterItsCreatorLostIt() {
        browsing.add("sam:OPS-7");
        String path = linkTo(new StatusLinkScope.Commitments(CommitmentQuery.parse(Map.of(CommitmentQuery.SCOPE,
                List.of("all"), CommitmentQuery.SORT, List.of("key")))), false);
        assertEquals(List.of("OPS-7", "OPS-12"), keysOn(document(requests.get(path, VISITOR, Locale.ENGLISH))));

        browsing.remove("sam:OPS-7");

        assertEquals(List.of("OPS-12"), keysOn(document(requests.get(path, VISITOR, Locale.ENGLISH))));
    }

    /** Exactly these headers: a header dropped or loosened fails here, not only in review. */
    @Test
    public void everyAnswer_carriesNoStoreNoReferrerNoindexNosniffNoFramingAndAPolicyThatLoadsNothing() {
        assertEquals(Map.of("Cache-Control", "no-store", "Pragma", "no-cache", "Referrer-Policy", "no-referrer",
                "X-Robots-Tag", "noindex, nofollow", "X-Content-Type-Options", "nosniff",
                "Content-Security-Policy", "default-src 'none'; base-uri 'none'; form-action 'none'; "
                        + "frame-ancestors 'none'", "X-Frame-Options", "DENY"), StatusLinkRequests.HEADERS);
    }
}
