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
import io.promisedesk.statuslink.CreatedStatusLink;
import io.promisedesk.statuslink.InMemoryStatusLinkStore;
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

    private final WorkloadWorld world = new WorkloadWorld();
    private final InMemoryStatusLinkStore store = new InMemoryStatusLinkStore();
    private final Set<String> browsing = new HashSet<>(Set.of("sam:OPS-12", "sam:OPS-50"));
    private final StatusLinks links = new StatusLinks(store, (user, issue) -> browsing.contains(user + ":" + issue),
            world.clock);
    private final StatusLinkRequests requests = new StatusLinkRequests(links, world.directory, world.snapshots,
            world.work, new DefaultSettings());
    /** The creator browses OPS-12, OPS-50 and the XSS test's issues OPS-100 onwards, one per payload. */
    private final FakeAccess sam = FakeAccess.named("sam").asSales().browses(Stream.concat(
            Stream.of("OPS-12", "OPS-50"),
            IntStream.range(100, 100 + XssCorpus.payloads(Customer.MAX_LENGTH).size()).mapToObj(n -> "OPS-" + n))
            .toArray(String[]::new));

    private String linkTo(String issue) {
        CreatedStatusLink created = links.create(sam, new StatusLinkScope.OneIssue(IssueKey.parse(issue)),
                StatusLinks.DEFAULT_DAYS).orElseThrow();
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
        StatusLinkPage page = requests.get(linkTo("OPS-12"), Locale.ENGLISH);

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
        Document shown = document(requests.get(linkTo("OPS-12"), DUTCH));

        assertEquals("Status van OPS-12", shown.title());
        assertEquals("wo 18 mrt", fact(shown, "eta"));
        assertEquals("Link niet beschikbaar", document(requests.get(StatusLinkRequests.PATH + "x", DUTCH)).title());
    }

    /** Everything the sales view hides, and the note and links it shows its own readers, stay off the link page. */
    @Test
    public void nothingInternal_appearsOnTheLinkPage() {
        world.work.put(WorkItem.builder(IssueKey.parse("OPS-50"), StatusCategory.IN_PROGRESS).summary("Billing export")
                .status("Waiting for DBA review").assignee("zoe.internal").priority("Highest-Internal")
                .remaining(Hours.of(37.5)).commitment(Commitment.of(LocalDate.parse("2026-03-27"), "Initech"))
                .eta(LocalDate.parse("2026-03-25")).build());

        String html = html(requests.get(linkTo("OPS-50"), Locale.ENGLISH));

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
        String neutral = html(requests.get(StatusLinkRequests.PATH + "nonsense", Locale.ENGLISH));
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
            StatusLinkPage page = requests.get(path, Locale.ENGLISH);
            assertEquals(path, 404, page.status());
            assertEquals(path, neutral, html(page));
        }
        Document shown = document(requests.get(expired, Locale.ENGLISH));
        assertEquals("Link not available", shown.selectFirst("h1").text());
    }

    @Test
    public void aLinkStopsAtItsExpiry_andARevocation_onTheNextRequest() {
        String path = linkTo("OPS-12");
        assertEquals(200, requests.get(path, Locale.ENGLISH).status());

        world.clock.set("2026-04-01T07:59:59Z");
        assertEquals(200, requests.get(path, Locale.ENGLISH).status());
        links.revoke(sam, store.all().get(0).hash());

        assertEquals(404, requests.get(path, Locale.ENGLISH).status());
        assertEquals(2, store.all().get(0).views());
    }

    @Test
    public void aLinkWhoseCreatorLostTheIssue_showsNothing_untilTheyMayBrowseItAgain() {
        String path = linkTo("OPS-12");

        browsing.remove("sam:OPS-12");
        assertEquals(404, requests.get(path, Locale.ENGLISH).status());

        browsing.add("sam:OPS-12");
        assertEquals(200, requests.get(path, Locale.ENGLISH).status());
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

            Document shown = document(requests.get(linkTo(key), Locale.ENGLISH));

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
}
