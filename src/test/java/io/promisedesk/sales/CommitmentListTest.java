package io.promisedesk.sales;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.language.SalesRisk;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.rendering.RenderedHtml;
import io.promisedesk.workload.IssueVerdict;
import io.promisedesk.workload.TeamAssessment;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static io.promisedesk.fixtures.WorkItemBuilder.anIssue;
import static io.promisedesk.sales.SalesRendering.DUTCH;
import static io.promisedesk.sales.SalesRendering.keys;
import static io.promisedesk.sales.SalesRendering.list;
import static io.promisedesk.sales.SalesRendering.listContext;
import static io.promisedesk.sales.SalesRendering.parameters;
import static io.promisedesk.sales.SalesRendering.twoTeamsOfCommitments;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** "My commitments": rows from several teams, filtered, sorted and paged as the query asks. */
public class CommitmentListTest {
    private final List<IssueVerdict> commitments = twoTeamsOfCommitments();

    private List<String> shown(String... namesAndValues) {
        return keys(list(commitments, CommitmentQuery.parse(parameters(namesAndValues)), Locale.ENGLISH));
    }

    @Test
    public void defaultQuery_listsEveryCommitmentByPromisedDateThenKey() {
        assertEquals(List.of("A-2", "B-1", "B-3", "A-1", "A-3", "B-2"), shown());
    }

    @Test
    public void eachSort_ascendingAndDescending_breaksTiesByKeyAscending() {
        assertEquals(List.of("B-2", "A-3", "A-1", "B-3", "A-2", "B-1"), shown("sort", "commitment", "order", "desc"));
        assertEquals(List.of("A-1", "A-2", "A-3", "B-1", "B-2", "B-3"), shown("sort", "key"));
        assertEquals(List.of("B-3", "B-2", "B-1", "A-3", "A-2", "A-1"), shown("sort", "key", "order", "desc"));
        assertEquals(List.of("A-1", "A-3", "B-2", "B-3", "B-1", "A-2"), shown("sort", "risk"));
        assertEquals(List.of("A-2", "B-1", "A-1", "A-3", "B-2", "B-3"), shown("sort", "risk", "order", "desc"));
    }

    @Test
    public void sortByEta_putsIssuesWithoutEtaLastAscendingAndFirstDescending() {
        assertEquals(List.of("B-1", "A-2", "A-1", "B-2", "A-3", "B-3"), shown("sort", "eta"));
        assertEquals(List.of("A-3", "B-3", "B-2", "A-1", "A-2", "B-1"), shown("sort", "eta", "order", "desc"));
    }

    @Test
    public void sortByCustomer_ignoresCaseAndPutsUnknownCustomersLast() {
        assertEquals(List.of("A-1", "A-3", "A-2", "B-1", "B-3", "B-2"), shown("sort", "customer"));
        assertEquals(List.of("B-2", "B-3", "B-1", "A-2", "A-3", "A-1"), shown("sort", "customer", "order", "desc"));
    }

    @Test
    public void customerFilter_findsNamesContainingTheTextIgnoringCase() {
        assertEquals(List.of("A-1", "A-3"), shown("customer", "acme"));
        assertEquals(List.of("A-1", "A-3"), shown("customer", "  ACME "));
        assertEquals(List.of("A-3"), shown("customer", "Acme Benelux"));
        assertEquals(List.of("B-1"), shown("customer", "tech"));
    }

    @Test
    public void customerFilter_neverMatchesAnUnknownCustomer() {
        assertEquals(List.of(), shown("customer", "unknown"));
    }

    @Test
    public void riskFilter_showsTheChosenRisks() {
        assertEquals(List.of("A-2", "B-1"), shown("risk", "late", "risk", "at-risk"));
        assertEquals(List.of("A-2"), shown("risk", "late"));
        assertEquals(List.of("B-3", "A-1", "A-3", "B-2"), shown("risk", "on-track"));
    }

    @Test
    public void dateFilter_includesBothEnds() {
        assertEquals(List.of("B-3", "A-1", "A-3"), shown("from", "2026-03-13", "to", "2026-03-27"));
        assertEquals(List.of("A-3", "B-2"), shown("from", "2026-03-27"));
        assertEquals(List.of("A-2", "B-1"), shown("to", "2026-03-06"));
        assertEquals(List.of("A-2", "B-1"), shown("from", "2026-03-06", "to", "2026-03-06"));
    }

    @Test
    public void filters_combine() {
        assertEquals(List.of("A-3"), shown("customer", "acme", "risk", "on-track", "from", "2026-03-21"));
    }

    /** AUI's patterns: the filters a form.aui whose fieldsets are groups (legends shown), an aui-button, an AUI table. */
    @Test
    public void page_usesAuisFormButtonAndTable_andTheFieldsetsKeepTheirLegends() {
        Document page = list(commitments, CommitmentQuery.defaults(), Locale.ENGLISH);

        Element form = page.selectFirst("form.promisedesk-commitments__filters");
        assertTrue(form.hasClass("aui"));
        for (Element fieldset : form.select("fieldset")) {
            assertTrue(fieldset.className(), fieldset.hasClass("group"));
            assertFalse(fieldset.selectFirst("legend").text().isBlank());
        }
        assertTrue(form.selectFirst("button[type=submit]").hasClass("aui-button"));
        assertTrue(page.selectFirst("table.promisedesk-commitments__table").hasClass("aui"));
    }

    @Test
    public void rows_showKeyLinkSummaryCustomerDatesAndRisk() {
        Document page = list(commitments, CommitmentQuery.defaults(), Locale.ENGLISH);

        Element late = page.select("tr.promisedesk-commitment").get(0);
        assertEquals("https://jira.example.com/plugins/servlet/promisedesk/sales/issue/A-2",
                late.selectFirst("th[scope=row] a").attr("href"));
        assertEquals(List.of("A-2", "Work on A-2", "Globex", "Fri 6 Mar", "Mon 9 Mar", "Late"),
                late.select("th, td").eachText());
        assertEquals("promisedesk-risk promisedesk-risk--late", late.selectFirst("td.promisedesk-commitment__risk span").className());
        assertEquals("aui-lozenge aui-lozenge-removed", late.selectFirst("td.promisedesk-commitment__risk span span").className());
        assertEquals("aui-lozenge aui-lozenge-success",
                page.select("tr.promisedesk-commitment").get(5).selectFirst(".promisedesk-risk span").className());
        Element unknown = page.select("tr.promisedesk-commitment").get(5);
        assertEquals(List.of("B-2", "Work on B-2", "Unknown", "Fri 10 Apr", "Wed 1 Apr", "On track"),
                unknown.select("th, td").eachText());
        Element noEta = page.select("tr.promisedesk-commitment").get(2);
        assertEquals("No expected date yet", noEta.selectFirst("td.promisedesk-commitment__eta").text());
    }

    @Test
    public void eachKnownCustomer_linksToItsReviewUnderTheBaseUrl() {
        for (Locale locale : List.of(Locale.ENGLISH, DUTCH)) {
            Document page = list(commitments, CommitmentQuery.parse(parameters("sort", "key")), locale);

            List<String> hrefs = new ArrayList<>();
            for (Element cell : page.select("td.promisedesk-commitment__customer")) {
                Element link = cell.selectFirst("a.promisedesk-commitment__review");
                hrefs.add(link == null ? cell.text() : link.text() + " -> " + link.attr("href"));
            }

            String review = "https://jira.example.com/plugins/servlet/promisedesk/review?customer=";
            assertEquals(List.of("ACME -> " + review + "ACME", "Globex -> " + review + "Globex",
                    "acme benelux -> " + review + "acme%20benelux", "Initech -> " + review + "Initech",
                    locale == DUTCH ? "Onbekend" : "Unknown", "Umbrella -> " + review + "Umbrella"), hrefs);
        }
    }

    @Test
    public void customerLinks_followAContextPath() {
        Document page = JiraLikeVelocity.renderDocument(CommitmentList.TEMPLATE,
                new CommitmentList("/jira").context(commitments, CommitmentQuery.defaults(), Locale.ENGLISH));

        assertEquals("/jira/plugins/servlet/promisedesk/review?customer=Globex",
                page.selectFirst("a.promisedesk-commitment__review").attr("href"));
    }

    @Test
    public void rowsInDutch_useDutchWordsAndDates() {
        Document page = list(commitments, CommitmentQuery.defaults(), DUTCH);

        assertEquals(List.of("B-1", "Work on B-1", "Initech", "vr 6 mrt", "do 5 mrt", "Loopt risico"),
                page.select("tr.promisedesk-commitment").get(1).select("th, td").eachText());
        assertEquals(List.of("Issue", "Samenvatting", "Klant", "Beloofd voor", "Verwacht", "Risico"),
                page.select("thead th").eachText());
        assertEquals("Onbekend", page.select("td.promisedesk-commitment__customer").get(5).text());
    }

    @Test
    public void table_hasACaptionAndColumnHeadersWithTheSortedOneMarked() {
        Document page = list(commitments, CommitmentQuery.parse(parameters("sort", "eta", "order", "desc")), Locale.ENGLISH);

        assertEquals("Commitments 1 to 6 of 6", page.selectFirst("table > caption").text());
        assertEquals(List.of("Issue", "Summary", "Customer", "Promised for", "Expected", "Risk"),
                page.select("thead th[scope=col]").eachText());
        assertEquals(1, page.select("th[aria-sort]").size());
        assertEquals("descending", page.selectFirst("th.promisedesk-commitments__column--eta").attr("aria-sort"));
    }

    @Test
    public void firstPage_ofTwo_linksToTheNext() {
        Document page = list(commitments, CommitmentQuery.parse(parameters("pageSize", "4")), Locale.ENGLISH);

        assertEquals(List.of("A-2", "B-1", "B-3", "A-1"), keys(page));
        assertEquals("Commitments 1 to 4 of 6", page.selectFirst("caption").text());
        assertEquals("Page 1 of 2", page.selectFirst(".promisedesk-commitments__page").text());
        assertNull(page.selectFirst("a[rel=prev]"));
        assertEquals("https://jira.example.com/plugins/servlet/promisedesk/sales/commitments"
                + "?sort=commitment&order=asc&pageSize=4&page=2", page.selectFirst("a[rel=next]").attr("href"));
        assertEquals("Next page", page.selectFirst("a[rel=next]").text());
    }

    @Test
    public void everyCommitmentTheReaderMayBrowse_isHeadedSo_andItsPagingLinksKeepTheScope() {
        Document page = list(commitments, CommitmentQuery.parse(parameters("scope", "all", "pageSize", "4")),
                Locale.ENGLISH);

        assertEquals("All commitments I can see", page.selectFirst("h1").text());
        assertEquals("https://jira.example.com/plugins/servlet/promisedesk/sales/commitments"
                + "?scope=all&sort=commitment&order=asc&pageSize=4&page=2", page.selectFirst("a[rel=next]").attr("href"));
        assertTrue(page.selectFirst("#promisedesk-sales-scope-all").hasAttr("checked"));
        assertFalse(page.selectFirst("#promisedesk-sales-scope-mine").hasAttr("checked"));
        assertEquals("Show", page.selectFirst("fieldset.promisedesk-commitments__scope legend").text());
        assertEquals(List.of("The ones I promised", "Every commitment I can see"),
                page.select("fieldset.promisedesk-commitments__scope label").eachText());
    }

    @Test
    public void theReadersOwnCommitments_areHeadedSoInDutch() {
        Document page = list(commitments, CommitmentQuery.defaults(), DUTCH);

        assertEquals("Mijn toezeggingen", page.selectFirst("h1").text());
        assertTrue(page.selectFirst("#promisedesk-sales-scope-mine").hasAttr("checked"));
        assertEquals(List.of("Die ik heb toegezegd", "Elke toezegging die ik mag zien"),
                page.select("fieldset.promisedesk-commitments__scope label").eachText());
    }

    @Test
    public void lastPage_ofTwo_linksToThePreviousAndHoldsTheRest() {
        Map<String, Object> context = listContext(commitments,
                CommitmentQuery.parse(parameters("pageSize", "4", "page", "2")), Locale.ENGLISH);
        Document page = JiraLikeVelocity.renderDocument(CommitmentList.TEMPLATE, context);

        assertEquals(List.of("A-3", "B-2"), keys(page));
        assertEquals("Commitments 5 to 6 of 6", page.selectFirst("caption").text());
        assertEquals(true, context.get("hasPrevious"));
        assertEquals(false, context.get("hasNext"));
        assertEquals("Previous page", page.selectFirst("a[rel=prev]").text());
        assertNull(page.selectFirst("a[rel=next]"));
        assertEquals(List.of(6, 2, 2, 4), List.of(context.get("total"), context.get("page"), context.get("pageCount"),
                context.get("pageSize")));
    }

    @Test
    public void pageBeyondTheLast_showsTheLastPage() {
        Map<String, Object> context = listContext(commitments,
                CommitmentQuery.parse(parameters("pageSize", "4", "page", "9")), Locale.ENGLISH);

        assertEquals(2, context.get("page"));
        assertEquals(List.of("A-3", "B-2"), keys(JiraLikeVelocity.renderDocument(CommitmentList.TEMPLATE, context)));
    }

    @Test
    public void exactlyFullPages_haveNoEmptyPageAfterThem() {
        Map<String, Object> context = listContext(commitments,
                CommitmentQuery.parse(parameters("pageSize", "3", "page", "2")), Locale.ENGLISH);

        assertEquals(2, context.get("pageCount"));
        assertEquals(false, context.get("hasNext"));
    }

    @Test
    public void pageSizeOfOne_givesOnePagePerCommitment() {
        Document page = list(commitments, CommitmentQuery.parse(parameters("pageSize", "1", "page", "6")), Locale.ENGLISH);

        assertEquals(List.of("B-2"), keys(page));
        assertEquals("Page 6 of 6", page.selectFirst(".promisedesk-commitments__page").text());
    }

    @Test
    public void nothingMatching_saysSoOnOnePageWithoutLinks() {
        Map<String, Object> context = listContext(commitments,
                CommitmentQuery.parse(parameters("customer", "Wayne", "page", "3")), Locale.ENGLISH);
        Document page = JiraLikeVelocity.renderDocument(CommitmentList.TEMPLATE, context);

        assertEquals(List.of(), keys(page));
        assertNull(page.selectFirst("tbody"));
        assertEquals("No commitments match these filters.", page.selectFirst("caption").text());
        assertEquals("Page 1 of 1", page.selectFirst(".promisedesk-commitments__page").text());
        assertEquals(List.of(0, 1, 1), List.of(context.get("total"), context.get("page"), context.get("pageCount")));
        assertTrue(page.select("nav a").isEmpty());
    }

    @Test
    public void noCommitmentsAtAll_isAnEmptyList() {
        Document page = list(List.of(), CommitmentQuery.defaults(), DUTCH);

        assertEquals("Geen toezeggingen voldoen aan deze filters.", page.selectFirst("caption").text());
    }

    @Test
    public void pagingLinks_keepEveryFilterAndParseBackToTheSameQuery() {
        CommitmentQuery query = CommitmentQuery.parse(parameters("customer", "a", "risk", "late", "risk", "on-track",
                "from", "2026-03-01", "to", "2026-04-30", "sort", "eta", "order", "desc", "pageSize", "1", "page", "2"));

        Map<String, Object> context = listContext(commitments, query, Locale.ENGLISH);

        String next = (String) context.get("nextHref");
        assertEquals("https://jira.example.com/plugins/servlet/promisedesk/sales/commitments?customer=a&risk=on-track"
                + "&risk=late&from=2026-03-01&to=2026-04-30&sort=eta&order=desc&pageSize=1&page=3", next);
        assertEquals(query.onPage(3), CommitmentQuery.parse(queryParameters(next)));
        assertEquals(query.onPage(1), CommitmentQuery.parse(queryParameters((String) context.get("previousHref"))));
    }

    @Test
    public void pagingLinks_encodeWhatTheCustomerFilterHolds() {
        CommitmentQuery query = new CommitmentQuery(CommitmentQuery.Scope.MINE, Optional.of("acme & co=1 #ü"), Set.of(),
                Optional.empty(), Optional.empty(), CommitmentQuery.Sort.COMMITMENT, CommitmentQuery.Order.ASCENDING, 1, 1);
        List<IssueVerdict> acmeAndCo = new ArrayList<>();
        for (int number = 1; number <= 2; number++) {
            acmeAndCo.add(TeamAssessment.assess(SalesRendering.oneMemberTeam("c" + number),
                    List.of(anIssue("C-" + number).remaining(1)
                            .committedTo("2026-03-20", "ACME & Co=1 #Ü").build()), SalesRendering.MONDAY).verdicts().get(0));
        }

        String next = (String) listContext(acmeAndCo, query, Locale.ENGLISH).get("nextHref");

        assertTrue(next, next.contains("?customer=acme+%26+co%3D1+%23%C3%BC&"));
        assertEquals(query.onPage(2), CommitmentQuery.parse(queryParameters(next)));
    }

    @Test
    public void sameIssueTwice_isRefused() {
        List<IssueVerdict> twice = new ArrayList<>(commitments);
        twice.add(commitments.get(0));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> listContext(twice, CommitmentQuery.defaults(), Locale.ENGLISH));

        assertEquals("commitments must name each issue once, A-2 is there twice", error.getMessage());
    }

    @Test
    public void risks_comeFromTheEngineVerdicts() {
        Map<String, SalesRisk> risks = new TreeMap<>();
        for (IssueVerdict verdict : commitments) {
            risks.put(verdict.item().key().toString(), SalesRisk.of(verdict));
        }

        assertEquals(Map.of("A-1", SalesRisk.ON_TRACK, "A-2", SalesRisk.LATE, "A-3", SalesRisk.ON_TRACK,
                "B-1", SalesRisk.AT_RISK, "B-2", SalesRisk.ON_TRACK, "B-3", SalesRisk.ON_TRACK), risks);
    }

    @Test
    public void context_keepsTheFiltersForTheForm() {
        Map<String, Object> context = listContext(commitments, CommitmentQuery.parse(parameters("customer", " acme ",
                "risk", "late", "from", "2026-03-13", "sort", "risk", "order", "desc", "pageSize", "10")), Locale.ENGLISH);

        assertEquals(Map.of("customer", "acme", "from", "2026-03-13", "to", "", "pageSize", "10"), context.get("filters"));
        assertEquals(List.of(
                        Map.of("value", "on-track", "label", "On track", "id", "promisedesk-sales-risk-on-track", "checked", false),
                        Map.of("value", "at-risk", "label", "At risk", "id", "promisedesk-sales-risk-at-risk", "checked", false),
                        Map.of("value", "late", "label", "Late", "id", "promisedesk-sales-risk-late", "checked", true)),
                context.get("riskOptions"));
        assertEquals(List.of("risk"), selected(context, "sortOptions"));
        assertEquals(List.of("desc"), selected(context, "orderOptions"));
        assertFalse((Boolean) context.get("hasError"));
    }

    @Test
    public void contextOfEveryState_holdsOnlyPlainJdkValues() {
        RenderedHtml.assertPlainContext(listContext(commitments, CommitmentQuery.defaults(), Locale.ENGLISH));
        RenderedHtml.assertPlainContext(listContext(commitments, CommitmentQuery.parse(parameters("pageSize", "2",
                "page", "2", "risk", "late")), DUTCH));
        RenderedHtml.assertPlainContext(listContext(List.of(), CommitmentQuery.defaults(), Locale.ENGLISH));
        RenderedHtml.assertPlainContext(new CommitmentList(SalesRendering.BASE_URL).rejected(parameters("sort", "x"),
                assertThrows(InvalidValueException.class,
                        () -> CommitmentQuery.parse(parameters("sort", "x"))), Locale.ENGLISH));
    }

    @SuppressWarnings("unchecked")
    private static List<String> selected(Map<String, Object> context, String options) {
        return ((List<Map<String, Object>>) context.get(options)).stream()
                .filter(option -> (Boolean) option.get("selected"))
                .map(option -> (String) option.get("value"))
                .toList();
    }

    /** The parameters of a link as the servlet will read them. */
    static Map<String, List<String>> queryParameters(String href) {
        String query = href.substring(href.indexOf('?') + 1);
        List<String> namesAndValues = new ArrayList<>();
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            namesAndValues.add(URLDecoder.decode(parts[0], StandardCharsets.UTF_8));
            namesAndValues.add(URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return parameters(namesAndValues.toArray(String[]::new));
    }
}
