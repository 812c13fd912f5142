package io.promisedesk.review;

import io.promisedesk.commitment.Customer;
import io.promisedesk.eta.EtaHistory;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.rendering.RenderedHtml;
import io.promisedesk.work.IssueKey;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.promisedesk.review.ReviewFixtures.ACME;
import static io.promisedesk.review.ReviewFixtures.BASE_URL;
import static io.promisedesk.review.ReviewFixtures.DUTCH;
import static io.promisedesk.review.ReviewFixtures.MONDAY;
import static io.promisedesk.review.ReviewFixtures.deliveries;
import static io.promisedesk.review.ReviewFixtures.histories;
import static io.promisedesk.review.ReviewFixtures.page;
import static io.promisedesk.review.ReviewFixtures.teams;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class CustomerReviewViewTest {
    private static List<String> openKeys(Document page) {
        return page.select(".promisedesk-review__table--open .promisedesk-review__key").eachText();
    }

    private static Element openRow(Document page, String key) {
        for (Element row : page.select(".promisedesk-review__table--open tbody tr")) {
            if (row.selectFirst("th").text().equals(key)) {
                return row;
            }
        }
        throw new AssertionError("no open row " + key);
    }

    @Test
    public void openCommitments_ofTheCustomerIgnoringCase_inPromiseOrder() {
        Document page = page(Locale.ENGLISH);

        assertEquals(List.of("A-4", "A-2", "A-1"), openKeys(page));
        assertEquals("3 open commitments", page.selectFirst(".promisedesk-review__table--open caption").text());
    }

    @Test
    public void searchedInAnotherCase_findsTheSameCommitments() {
        Map<String, Object> context = new CustomerReviewView(BASE_URL).context(new Customer("aCmE"), teams(),
                histories(), deliveries(), Locale.ENGLISH, MONDAY);

        Document page = JiraLikeVelocity.renderDocument(CustomerReviewView.TEMPLATE, context);

        assertEquals(List.of("A-4", "A-2", "A-1"), openKeys(page));
        assertEquals("Account review: aCmE", page.selectFirst("h1").text());
    }

    @Test
    public void openRow_showsLinkDatesRiskAndSlipsNewestFirst() {
        Element row = openRow(page(Locale.ENGLISH), "A-2");

        assertEquals("https://jira.example.com/browse/A-2", row.selectFirst("th a").attr("href"));
        assertEquals("Work on A-2", row.selectFirst(".promisedesk-review__summary").text());
        assertEquals("Fri 6 Mar", row.selectFirst(".promisedesk-review__commitment").text());
        assertEquals("Mon 9 Mar", row.selectFirst(".promisedesk-review__eta").text());
        assertEquals("Late", row.selectFirst(".promisedesk-risk--late").text());
        assertEquals("Slipped 2 times, 3 working days in all", row.selectFirst(".promisedesk-review__slip-summary").text());
        assertEquals(List.of("Moved from Fri 6 Mar to Mon 9 Mar: Vendor late",
                "Moved from Wed 4 Mar to Fri 6 Mar: Waiting for parts"), row.select("li.promisedesk-review__slip").eachText());
    }

    @Test
    public void review_hasAuiTables_riskAndOutcomeLozenges_andTheCsvAsAnAuiButton() {
        Document page = page(Locale.ENGLISH);

        assertEquals(2, page.select("table.promisedesk-review__table.aui").size());
        assertTrue("an AUI button", page.selectFirst("a.promisedesk-review__csv").hasClass("aui-button"));
        assertEquals("aui-lozenge aui-lozenge-removed",
                openRow(page, "A-2").selectFirst(".promisedesk-risk--late > span").className());
        assertEquals("aui-lozenge aui-lozenge-success",
                openRow(page, "A-1").selectFirst(".promisedesk-risk--on-track > span").className());
        Element delivered = page.selectFirst(".promisedesk-review__table--delivered");
        assertEquals(List.of("aui-lozenge aui-lozenge-success", "aui-lozenge aui-lozenge-removed", "aui-lozenge aui-lozenge-success"),
                delivered.select(".promisedesk-review__outcome > span").eachAttr("class"));
    }

    @Test
    public void openRowWithoutHistory_hasNoSlipsAndAPassedDateSaysSo() {
        Document page = page(Locale.ENGLISH);

        Element passed = openRow(page, "A-4");
        assertEquals("Fri 27 Feb (passed)", passed.selectFirst(".promisedesk-review__commitment").text());
        assertEquals("No expected date yet", passed.selectFirst(".promisedesk-review__eta").text());
        assertEquals("No slips", passed.selectFirst(".promisedesk-review__slip-summary").text());
        assertNull(passed.selectFirst("ol"));
        assertEquals("On track", openRow(page, "A-1").selectFirst(".promisedesk-risk--on-track").text());
    }

    @Test
    public void delivered_inTheWindowOfTheCustomerNewestFirst_withOnTimeOrLateInWords() {
        Document page = page(Locale.ENGLISH);

        Element table = page.selectFirst(".promisedesk-review__table--delivered");
        assertEquals(List.of("D-1", "D-2", "D-3"), table.select(".promisedesk-review__key").eachText());
        assertEquals(List.of("On time", "Late, 3 days after the promised date", "On time"),
                table.select(".promisedesk-review__outcome").eachText());
        assertEquals(1, table.select(".promisedesk-review__outcome--late").size());
        assertEquals("3 commitments delivered in the last 90 days", table.selectFirst("caption").text());
    }

    @Test
    public void deliveryRecord_countsTheWindowOnly() {
        Document page = page(Locale.ENGLISH);

        assertEquals("2 of 3 commitments delivered on time (66%).",
                page.selectFirst(".promisedesk-review__record-summary").text());
        assertEquals("Delivered from Wed 3 Dec 2025 through Mon 2 Mar 2026",
                page.selectFirst(".promisedesk-review__period").text());
        assertEquals(List.of("3", "2", "1", "66%"), page.select("dd.promisedesk-fact").eachText());
    }

    @Test
    public void csvLink_isTheCustomersDownload_inTheReadersLanguage() {
        Element english = page(Locale.ENGLISH).selectFirst(".promisedesk-review__actions a.promisedesk-review__csv");
        Element dutch = page(DUTCH).selectFirst(".promisedesk-review__actions a.promisedesk-review__csv");

        assertEquals("https://jira.example.com/plugins/servlet/promisedesk/review/csv?customer=ACME", english.attr("href"));
        assertEquals("Download as CSV", english.text());
        assertEquals("Downloaden als CSV", dutch.text());
        assertEquals("https://jira.example.com/plugins/servlet/promisedesk/review/csv?customer=Wayne%20Enterprises%2FEU",
                JiraLikeVelocity.renderDocument(CustomerReviewView.TEMPLATE, new CustomerReviewView(BASE_URL).context(
                        new Customer("Wayne Enterprises/EU"), teams(), histories(), deliveries(), Locale.ENGLISH,
                        MONDAY)).selectFirst("a.promisedesk-review__csv").attr("href"));
    }

    @Test
    public void noDeliveries_saysSoInsteadOfZeroPercent() {
        Map<String, Object> context = new CustomerReviewView(BASE_URL).context(new Customer("Initech"), teams(),
                Map.of(), deliveries(), Locale.ENGLISH, MONDAY);

        Document page = JiraLikeVelocity.renderDocument(CustomerReviewView.TEMPLATE, context);

        assertEquals("No deliveries in the last 90 days.", page.selectFirst(".promisedesk-review__record-summary").text());
        assertNull(page.selectFirst("dl"));
        assertNull(page.selectFirst("table"));
        assertEquals(List.of("Nothing is promised to this customer at the moment.",
                "No commitments were delivered in the last 90 days."), page.select(".promisedesk-review__none").eachText());
    }

    @Test
    public void dutch_isDutchThroughout() {
        Document page = page(DUTCH);

        assertEquals("Klantoverleg: ACME", page.selectFirst("h1").text());
        assertEquals("Stand van ma 2 mrt 2026", page.selectFirst("time").text());
        assertEquals("2026-03-02", page.selectFirst("time").attr("datetime"));
        assertEquals("2 van de 3 toezeggingen op tijd geleverd (66%).",
                page.selectFirst(".promisedesk-review__record-summary").text());
        Element row = openRow(page, "A-2");
        assertEquals("Te laat", row.selectFirst(".promisedesk-risk--late").text());
        assertEquals("2 keer uitgesteld, 3 werkdagen in totaal", row.selectFirst(".promisedesk-review__slip-summary").text());
        assertEquals("Verschoven van vr 6 mrt naar ma 9 mrt: Vendor late", row.selectFirst("li").text());
        assertEquals("vr 27 feb (verstreken)", openRow(page, "A-4").selectFirst(".promisedesk-review__commitment").text());
        assertEquals(List.of("Op tijd", "Te laat, 3 dagen na de toegezegde datum", "Op tijd"),
                page.select(".promisedesk-review__outcome").eachText());
    }

    @Test
    public void tables_haveCaptionsAndScopedHeaders() {
        Document page = page(Locale.ENGLISH);

        for (Element table : page.select("table")) {
            assertEquals(1, table.select("caption").size());
            assertEquals(table.select("thead th").size(), table.select("thead th[scope=col]").size());
            assertEquals(table.select("tbody tr").size(), table.select("tbody th[scope=row]").size());
        }
        assertEquals(List.of("Issue", "Summary", "Promised", "Expected", "Risk", "Slips"),
                page.select(".promisedesk-review__table--open thead th").eachText());
    }

    @Test
    public void context_isPlain() {
        RenderedHtml.assertPlainContext(ReviewFixtures.context(Locale.ENGLISH));
        RenderedHtml.assertPlainContext(ReviewFixtures.context(DUTCH));
    }

    @Test
    public void baseUrlThatIsNeitherHttpNorAPath_isRefused() {
        for (String base : List.of("javascript:alert(1)", "jira.example.com", "ftp://jira.example.com")) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new CustomerReviewView(base));

            assertEquals("baseUrl must be an http(s) URL or a path starting with /, was \"" + base + "\"", error.getMessage());
        }
    }

    @Test
    public void contextPathBase_linksUnderIt() {
        Map<String, Object> context = new CustomerReviewView("/jira/").context(ACME, teams(), histories(), deliveries(),
                Locale.ENGLISH, MONDAY);

        Document page = JiraLikeVelocity.renderDocument(CustomerReviewView.TEMPLATE, context);

        assertEquals("/jira/browse/A-4", page.selectFirst("th a").attr("href"));
    }

    @Test
    public void historyFiledUnderAnotherIssue_isRefused() {
        Map<IssueKey, EtaHistory> wrong = Map.of(IssueKey.parse("A-1"), EtaHistory.empty(IssueKey.parse("A-2")));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () ->
                new CustomerReviewView(BASE_URL).context(ACME, teams(), wrong, deliveries(), Locale.ENGLISH, MONDAY));

        assertEquals("the history under A-1 must be A-1's, was A-2's", error.getMessage());
    }

    @Test
    public void sameIssueTwice_isRefused() {
        List<TeamCommitments> twice = List.of(teams().get(0), teams().get(0));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () ->
                new CustomerReviewView(BASE_URL).context(ACME, twice, Map.of(), deliveries(), Locale.ENGLISH, MONDAY));

        assertEquals("each issue must come once, A-4 came twice", error.getMessage());
    }
}
