package io.promisedesk.jira.servlet;

import io.promisedesk.common.DownloadName;
import io.promisedesk.commitment.Customer;
import io.promisedesk.eta.EtaChange;
import io.promisedesk.eta.EtaHistory;
import io.promisedesk.eta.EtaHistoryStore;
import io.promisedesk.eta.InMemoryEtaHistoryStore;
import io.promisedesk.fixtures.FakeAccess;
import io.promisedesk.fixtures.WorkloadWorld;
import io.promisedesk.jira.servlet.PageAnswer.Page;
import io.promisedesk.rendering.XssCorpus;
import io.promisedesk.review.CustomerReviewCsv;
import io.promisedesk.review.DeliveredCommitment;
import io.promisedesk.review.DeliveredCommitments;
import io.promisedesk.review.ReviewLinks;
import io.promisedesk.work.IssueKey;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.promisedesk.fixtures.EtaChangeBuilder.anEtaChange;
import static io.promisedesk.fixtures.WorkItemBuilder.anIssue;
import static io.promisedesk.jira.servlet.PageRendering.BASE_URL;
import static io.promisedesk.jira.servlet.PageRendering.TOKEN;
import static io.promisedesk.jira.servlet.PageRendering.get;
import static io.promisedesk.jira.servlet.PageRendering.render;
import static io.promisedesk.jira.servlet.PageRendering.status;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * The customer reviews as Jira's servlet serves them, on the scenario's teams (Monday 2 March 2026): ACME has OPS-12
 * (platform) and NET-1 (network) open and OPS-3 delivered on time, Globex OPS-7 and Initech OPS-9; who gets in, what
 * a reader who may not browse an issue never sees, the CSV download, bad and unknown customers, and hostile names.
 */
public class ReviewRequestsTest {
    private static final String ACME = "?customer=ACME";
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final WorkloadWorld world = new WorkloadWorld();
    private final InMemoryEtaHistoryStore histories = new InMemoryEtaHistoryStore();
    private final Deliveries deliveries = new Deliveries();

    public ReviewRequestsTest() {
        deliveries.all.add(new DeliveredCommitment(IssueKey.parse("OPS-3"), "Old router swap", new Customer("ACME"),
                LocalDate.parse("2026-03-04"), LocalDate.parse("2026-02-27")));
        histories.save(anEtaChange().on("OPS-12").at("2026-02-20T09:00:00Z").to("2026-03-11").build());
        histories.save(anEtaChange().on("OPS-12").at("2026-02-27T09:00:00Z").from("2026-03-11").to("2026-03-18")
                .because("Parts late").build());
    }

    private ReviewRequests reviews(FakeAccess reader) {
        return new ReviewRequests(reader, world.directory, world.snapshots, histories, deliveries, world.clock);
    }

    private static FakeAccess everything(FakeAccess reader) {
        return reader.browses("OPS-12", "OPS-7", "OPS-9", "OPS-3", "NET-1");
    }

    private static FakeAccess salesperson() {
        return everything(FakeAccess.named("sam").asSales());
    }

    private static PageRequest page(String customerQuery) {
        return get(ReviewLinks.PATH, parameters(customerQuery));
    }

    private static PageRequest csv(String customerQuery) {
        return get(ReviewLinks.CSV_PATH, parameters(customerQuery));
    }

    /** The parameters as the container decodes a query written {@code ?customer=A&customer=B}. */
    private static Map<String, List<String>> parameters(String query) {
        List<String> values = new ArrayList<>();
        for (String pair : query.substring(1).split("&")) {
            values.add(URLDecoder.decode(pair.substring(pair.indexOf('=') + 1), StandardCharsets.UTF_8));
        }
        return Map.of(ReviewLinks.CUSTOMER, values);
    }

    @Test
    public void aCustomersReview_readsTheEtaHistoriesOfItsCommitmentsTogether_notOneIssueAtATime() {
        CountingHistories counting = new CountingHistories(histories);

        Document review = render(new ReviewRequests(salesperson(), world.directory, world.snapshots, counting,
                deliveries, world.clock).get(page(ACME)));

        assertTrue(review.selectFirst(".promisedesk-review__slip").text().endsWith(": Parts late"));
        assertEquals("no store read per issue", 0, counting.loads);
        assertEquals(1, counting.batches);
    }

    /** The ETA histories the page is given, counting its reads: one issue at a time, or many at once. */
    private static final class CountingHistories implements EtaHistoryStore {
        private final EtaHistoryStore stored;
        private int loads;
        private int batches;

        CountingHistories(EtaHistoryStore stored) {
            this.stored = stored;
        }

        @Override
        public EtaHistory load(IssueKey issue) {
            loads++;
            return stored.load(issue);
        }

        @Override
        public Map<IssueKey, EtaHistory> historiesOf(Collection<IssueKey> issues) {
            batches++;
            return stored.historiesOf(issues);
        }

        @Override
        public boolean save(EtaChange change) {
            return stored.save(change);
        }
    }

    @Test
    public void nobodyLoggedIn_isSentToTheLoginPage_forTheListThePageAndTheCsv() {
        ReviewRequests reviews = reviews(FakeAccess.anonymous());

        assertTrue(reviews.get(get(ReviewLinks.PATH, Map.of())) instanceof PageAnswer.Login);
        assertTrue(reviews.get(page(ACME)) instanceof PageAnswer.Login);
        assertTrue(reviews.get(csv(ACME)) instanceof PageAnswer.Login);
    }

    @Test
    public void aUserWhoIsNeitherSalesNorTechnicianNorAdministrator_isRefused403_evenTheCsv() {
        ReviewRequests reviews = reviews(everything(FakeAccess.named("olga")));

        for (PageRequest request : List.of(get(ReviewLinks.PATH, Map.of()), page(ACME), csv(ACME), page("?customer=Nobody"))) {
            PageAnswer answer = reviews.get(request);
            assertEquals(request.path(), 403, status(answer));
            Document refused = render(answer);
            assertEquals("Not allowed", refused.selectFirst("h1").text());
            assertEquals("The customer reviews are for members of the sales groups, technicians (who may edit a"
                    + " committed issue) and Jira administrators.", refused.selectFirst(".promisedesk-message__text").text());
        }
    }

    @Test
    public void salesTechniciansAndAdministrators_readTheListThePageAndTheCsv() {
        List<FakeAccess> readers = List.of(salesperson(), everything(FakeAccess.named("tina")).edits("OPS-12"),
                everything(FakeAccess.named("ada").asAdministrator()));
        for (FakeAccess reader : readers) {
            ReviewRequests reviews = reviews(reader);
            String who = reader.user().orElseThrow();

            assertEquals(who, 200, status(reviews.get(get(ReviewLinks.PATH, Map.of()))));
            assertEquals(who, 200, status(reviews.get(page(ACME))));
            assertTrue(who, reviews.get(csv(ACME)) instanceof PageAnswer.Download);
        }
    }

    @Test
    public void aTechnician_isWhoeverMayEditACommittedIssue_notJustAnyIssue() {
        world.work.put(anIssue("OPS-40").remaining(8).build());

        assertEquals(403, status(reviews(everything(FakeAccess.named("ulla")).edits("OPS-40"))
                .get(get(ReviewLinks.PATH, Map.of()))));
        assertEquals(200, status(reviews(everything(FakeAccess.named("tina")).edits("NET-1"))
                .get(get(ReviewLinks.PATH, Map.of()))));
    }

    @Test
    public void theList_namesEachCustomerWithItsCounts_andLinksItsPageAndCsv_insideJirasDecorator() {
        Document list = render(reviews(salesperson()).get(get(ReviewLinks.PATH, Map.of())));

        assertEquals("atl.general", list.selectFirst("head meta[name=decorator]").attr("content"));
        assertEquals("Customer reviews", list.title());
        assertEquals("Customer reviews", list.selectFirst("h1").text());
        assertEquals("3 customers", list.selectFirst(".promisedesk-reviews__caption").text());
        assertTrue("an AUI table", list.selectFirst("table.promisedesk-reviews__table").hasClass("aui"));
        assertEquals(List.of("ACME", "Globex", "Initech"), list.select("a.promisedesk-reviews__customer").eachText());
        Element acme = list.selectFirst("tr.promisedesk-reviews__row");
        assertEquals("2", acme.selectFirst(".promisedesk-reviews__open").text());
        assertEquals("1", acme.selectFirst(".promisedesk-reviews__delivered").text());
        assertEquals(BASE_URL + ReviewLinks.PATH + "?customer=ACME", acme.selectFirst("a.promisedesk-reviews__customer").attr("href"));
        assertEquals(BASE_URL + ReviewLinks.CSV_PATH + "?customer=ACME", acme.selectFirst("a.promisedesk-reviews__csv").attr("href"));
        assertEquals("Download the review of ACME as CSV", acme.selectFirst("a.promisedesk-reviews__csv").attr("aria-label"));
        assertEquals(LocalDate.parse("2025-12-03"), deliveries.askedFrom);
    }

    @Test
    public void thePage_isTheCustomersReview_anyCase_withAWayBackToTheList() {
        PageAnswer answer = reviews(salesperson()).get(page("?customer=acme"));

        Document review = render(answer);
        assertEquals("Account review: ACME", review.title());
        assertEquals("Account review: ACME", review.selectFirst("h1").text());
        assertNotNull(review.selectFirst("section#promisedesk-review-page.promisedesk-page article.promisedesk-review"));
        assertEquals(BASE_URL + ReviewLinks.PATH, review.selectFirst(".promisedesk-page__back a").attr("href"));
        assertEquals("All customers", review.selectFirst(".promisedesk-page__back a").text());
        assertEquals(List.of("NET-1", "OPS-12"), review.select(".promisedesk-review__table--open .promisedesk-review__key").eachText());
        assertEquals(List.of("OPS-3"), review.select(".promisedesk-review__table--delivered .promisedesk-review__key").eachText());
        assertTrue(review.selectFirst(".promisedesk-review__slip").text().endsWith(": Parts late"));
        assertEquals(BASE_URL + ReviewLinks.CSV_PATH + "?customer=ACME", review.selectFirst("a.promisedesk-review__csv").attr("href"));
    }

    @Test
    public void theCsv_isAnAttachmentWithASafeFileName_andTheRowsOfThePage() {
        PageAnswer.Download download = (PageAnswer.Download) reviews(salesperson()).get(csv("?customer=acme"));

        assertEquals("text/csv; charset=UTF-8", download.contentType());
        assertEquals("attachment; filename=\"account-review-ACME-2026-03-02.csv\"; filename*=UTF-8''account-review-ACME-2026-03-02.csv",
                download.contentDisposition());
        String[] lines = new String(download.body(), StandardCharsets.UTF_8).split("\r\n");
        assertEquals(String.join(",", CustomerReviewCsv.HEADER), lines[0]);
        List<String> rows = new ArrayList<>();
        for (int index = 1; index < lines.length; index++) {
            rows.add(lines[index].split(",")[0] + " " + lines[index].split(",")[1]);
        }
        assertEquals(List.of("open NET-1", "open OPS-12", "delivered OPS-3"), rows);
        assertTrue(lines[2], lines[2].endsWith(",1,5,Parts late,,"));
    }

    @Test
    public void theCsvFileName_ofANameWithQuotesAndSlashes_staysOneSafeHeaderValue() {
        deliveries.all.add(new DeliveredCommitment(IssueKey.parse("OPS-3"), "Swap", new Customer("\"Zoë\"/Müller; x=1\\"),
                LocalDate.parse("2026-03-04"), LocalDate.parse("2026-02-27")));

        String disposition = ((PageAnswer.Download) reviews(salesperson())
                .get(csv("?customer=" + new ReviewLinks("").csv(new Customer("\"Zoë\"/Müller; x=1\\")).split("=", 2)[1])))
                .contentDisposition();

        assertEquals("attachment; filename=\"account-review-Zo-M-ller-x-1-2026-03-02.csv\"; filename*=UTF-8''"
                + "account-review-Zo%C3%AB-M%C3%BCller%3B%20x%3D1-2026-03-02.csv", disposition);
    }

    @Test
    public void issuesTheReaderMayNotBrowse_areNeitherShownNorCounted_onTheListThePageOrInTheCsv() {
        FakeAccess reader = FakeAccess.named("sam").asSales().browses("OPS-12", "OPS-7", "OPS-9");
        ReviewRequests reviews = reviews(reader);

        Document list = render(reviews.get(get(ReviewLinks.PATH, Map.of())));
        Element acme = list.selectFirst("tr.promisedesk-reviews__row");
        assertEquals("1", acme.selectFirst(".promisedesk-reviews__open").text());
        assertEquals("0", acme.selectFirst(".promisedesk-reviews__delivered").text());

        Document review = render(reviews.get(page(ACME)));
        assertEquals(List.of("OPS-12"), review.select(".promisedesk-review__key").eachText());
        assertEquals("No deliveries in the last 90 days.", review.selectFirst(".promisedesk-review__record-summary").text());
        String html = PageRendering.html((Page) reviews.get(page(ACME)), Locale.ENGLISH);
        assertFalse(html.contains("NET-1"));
        assertFalse(html.contains("OPS-3"));
        assertFalse(html.contains("Old router swap"));

        String csv = new String(((PageAnswer.Download) reviews.get(csv(ACME))).body(), StandardCharsets.UTF_8);
        assertFalse(csv, csv.contains("NET-1"));
        assertFalse(csv, csv.contains("OPS-3"));
    }

    @Test
    public void aCustomerOnlyOnHiddenIssues_isNotListed_andItsPageIsTheSameNotFoundAsAnUnknownOne() {
        deliveries.all.add(new DeliveredCommitment(IssueKey.parse("SEC-1"), "Secret", new Customer("Hooli"),
                LocalDate.parse("2026-02-20"), LocalDate.parse("2026-02-20")));
        ReviewRequests reviews = reviews(salesperson());

        Document list = render(reviews.get(get(ReviewLinks.PATH, Map.of())));
        assertFalse(list.select("a.promisedesk-reviews__customer").eachText().contains("Hooli"));
        PageAnswer hidden = reviews.get(page("?customer=Hooli"));
        PageAnswer unknown = reviews.get(page("?customer=Nobody"));
        assertEquals(404, status(hidden));
        assertEquals(PageRendering.html((Page) unknown, Locale.ENGLISH), PageRendering.html((Page) hidden, Locale.ENGLISH));
        assertEquals(404, status(reviews.get(csv("?customer=Hooli"))));
        assertEquals(200, status(reviews(salesperson().browses("SEC-1")).get(page("?customer=Hooli"))));
    }

    @Test
    public void badCustomerParameters_andOtherPaths_areNotFound() {
        ReviewRequests reviews = reviews(salesperson());
        List<PageRequest> bad = List.of(page("?customer="), page("?customer=%20%20"), page("?customer=" + "x".repeat(256)),
                page("?customer=ACME&customer=Globex"), csv("?customer="), get(ReviewLinks.CSV_PATH, Map.of()),
                get(ReviewLinks.PATH + "/ACME", Map.of()), get(ReviewLinks.PATH + "/ACME.csv", Map.of()),
                get(ReviewLinks.CSV_PATH + "/more", parameters(ACME)));

        for (PageRequest request : bad) {
            PageAnswer answer = reviews.get(request);
            assertEquals(request.path() + " " + request.parameters(), 404, status(answer));
            assertEquals("This page does not exist, or you may not see it.",
                    render(answer).selectFirst(".promisedesk-message__text").text());
        }
    }

    @Test
    public void inDutch_theListAndThePageSpeakDutch() {
        ReviewRequests reviews = reviews(salesperson());
        PageRequest list = new PageRequest(ReviewLinks.PATH, Map.of(), DUTCH, BASE_URL, TOKEN, false);
        PageRequest acme = new PageRequest(ReviewLinks.PATH, parameters(ACME), DUTCH, BASE_URL, TOKEN, false);

        Document listPage = PageRendering.document(PageRendering.html((Page) reviews.get(list), DUTCH));
        Document reviewPage = PageRendering.document(PageRendering.html((Page) reviews.get(acme), DUTCH));

        assertEquals("nl", listPage.selectFirst("html").attr("lang"));
        assertEquals("Klantoverleggen", listPage.selectFirst("h1").text());
        assertEquals("3 klanten", listPage.selectFirst(".promisedesk-reviews__caption").text());
        assertEquals("Open toezeggingen", listPage.select(".promisedesk-reviews__table th[scope=col]").get(1).text());
        assertEquals("Klantoverleg: ACME", reviewPage.title());
        assertEquals("Alle klanten", reviewPage.selectFirst(".promisedesk-page__back a").text());
        assertEquals("Downloaden als CSV", reviewPage.selectFirst("a.promisedesk-review__csv").text());
    }

    @Test
    public void hostileCustomersAndSummaries_stayText_onTheListAndThePage_andTheirLinksFindThemAgain() {
        for (String payload : XssCorpus.payloads(Customer.MAX_LENGTH)) {
            deliveries.all.clear();
            deliveries.all.add(new DeliveredCommitment(IssueKey.parse("OPS-3"), payload, new Customer(payload),
                    LocalDate.parse("2026-03-04"), LocalDate.parse("2026-02-27")));
            ReviewRequests reviews = reviews(salesperson());

            Document list = render(reviews.get(get(ReviewLinks.PATH, Map.of())));
            Element link = list.select("a.promisedesk-reviews__customer").stream()
                    .filter(each -> each.text().equals(new Customer(payload).name())).findFirst().orElseThrow();
            String query = link.attr("href").substring((BASE_URL + ReviewLinks.PATH).length());
            assertTrue(query, query.matches("\\?customer=[A-Za-z0-9%_~-]+"));

            Document review = render(reviews.get(page(query)));
            assertEquals(payload, "Account review: " + new Customer(payload).name(), review.selectFirst("h1").text());
            assertEquals(payload, new Customer(payload).name(),
                    review.selectFirst(".promisedesk-review__table--delivered .promisedesk-review__summary").text());
            String csv = review.selectFirst("a.promisedesk-review__csv").attr("href");
            assertTrue(csv, csv.startsWith(BASE_URL + ReviewLinks.CSV_PATH + "?customer="));
            assertTrue(payload, reviews.get(csv(csv.substring((BASE_URL + ReviewLinks.CSV_PATH).length())))
                    instanceof PageAnswer.Download);
        }
    }

    @Test
    public void theDownload_keepsItsBytesToItself() {
        byte[] body = {1, 2, 3};
        PageAnswer.Download download = new PageAnswer.Download("text/csv", new DownloadName("a.csv", "a.csv"), body);
        body[0] = 9;
        download.body()[1] = 9;

        assertArrayEquals(new byte[] {1, 2, 3}, download.body());
    }

    /** The delivered commitments as Jira's search finds them: those resolved from the day asked on. */
    private static final class Deliveries implements DeliveredCommitments {
        final List<DeliveredCommitment> all = new ArrayList<>();
        LocalDate askedFrom;

        @Override
        public List<DeliveredCommitment> deliveredSince(LocalDate firstDay) {
            askedFrom = firstDay;
            return all.stream().filter(delivery -> !delivery.delivered().isBefore(firstDay)).toList();
        }
    }
}
