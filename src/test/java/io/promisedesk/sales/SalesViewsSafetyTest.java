package io.promisedesk.sales;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.rendering.RenderedHtml;
import io.promisedesk.rendering.TemplateSourceRules;
import io.promisedesk.rendering.XssCorpus;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.StatusCategory;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.IssueVerdict;
import io.promisedesk.workload.TeamAssessment;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.promisedesk.sales.SalesRendering.DUTCH;
import static io.promisedesk.sales.SalesRendering.MONDAY;
import static io.promisedesk.sales.SalesRendering.fact;
import static io.promisedesk.sales.SalesRendering.keys;
import static io.promisedesk.sales.SalesRendering.list;
import static io.promisedesk.sales.SalesRendering.parameters;
import static io.promisedesk.sales.SalesRendering.twoTeamsOfCommitments;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Whatever users type stays text, every input has a label, the form submits what it shows, templates call nothing. */
public class SalesViewsSafetyTest {
    private static final int NAME_LENGTH = 255;

    private static WorkItem committedIssue(String summary, String customer) {
        return WorkItem.builder(IssueKey.parse("S-1"), StatusCategory.IN_PROGRESS).summary(summary)
                .remaining(io.promisedesk.common.Hours.of(8))
                .commitment(Commitment.of(LocalDate.parse("2026-03-20"), customer))
                .eta(LocalDate.parse("2026-03-13")).build();
    }

    private static Document issuePage(String summary, String customer, String note) {
        return SalesRendering.issue(committedIssue(summary, customer), Optional.of(note), Locale.ENGLISH);
    }

    private static Document listPage(String summary, String customer, String customerFilter) {
        WorkItem item = committedIssue(summary, customer);
        List<IssueVerdict> verdicts = TeamAssessment.assess(SalesRendering.oneMemberTeam("a"), List.of(item), MONDAY).verdicts();
        CommitmentQuery query = customerFilter.isEmpty() ? CommitmentQuery.defaults()
                : CommitmentQuery.parse(parameters("customer", customerFilter));
        return list(verdicts, query, Locale.ENGLISH);
    }

    @Test
    public void hostileSummaryOnTheIssueView_staysText() {
        int elements = issuePage("Harmless", "ACME", "Call first").getAllElements().size();
        for (String payload : XssCorpus.payloads(1_000)) {
            Document page = issuePage(payload, "ACME", "Call first");

            assertInert(payload, page, elements);
            assertEquals(payload, page.selectFirst(".promisedesk-sales-issue__summary").text());
        }
    }

    @Test
    public void hostileCustomerOnTheIssueView_staysText() {
        int elements = issuePage("Harmless", "ACME", "Call first").getAllElements().size();
        for (String payload : XssCorpus.payloads(NAME_LENGTH)) {
            Document page = issuePage("Harmless", payload, "Call first");

            assertInert(payload, page, elements);
            assertEquals(payload, fact(page, "customer"));
            assertLinksToTheReviewOf(payload, page.selectFirst("a.promisedesk-sales-issue__review"));
            assertEquals("Being worked on. Expected Fri 13 Mar, 5 working days before the date promised to " + payload
                    + ". On track.", page.selectFirst(".promisedesk-sales-issue__sentence").text());
        }
    }

    @Test
    public void hostileNoteOnTheIssueView_staysText() {
        int elements = issuePage("Harmless", "ACME", "Call first").getAllElements().size();
        for (String payload : XssCorpus.payloads(SalesIssueView.MAX_NOTE)) {
            Document page = issuePage("Harmless", "ACME", payload);

            assertInert(payload, page, elements);
            assertEquals(payload, fact(page, "note"));
        }
    }

    @Test
    public void hostileSummaryAndCustomerInTheList_stayText() {
        int elements = listPage("Harmless", "ACME", "").getAllElements().size();
        for (String payload : XssCorpus.payloads(NAME_LENGTH)) {
            Document page = listPage(payload, payload, "");

            assertInert(payload, page, elements);
            assertEquals(payload, page.selectFirst("td.promisedesk-commitment__summary").text());
            assertEquals(payload, page.selectFirst("td.promisedesk-commitment__customer").text());
            assertLinksToTheReviewOf(payload, page.selectFirst("a.promisedesk-commitment__review"));
        }
    }

    @Test
    public void hostileCustomerFilter_staysTheInputsValue() {
        int elements = listPage("Harmless", "ACME", "ACME").getAllElements().size();
        for (String payload : XssCorpus.payloads(NAME_LENGTH)) {
            Document page = listPage("Harmless", payload, payload);

            assertInert(payload, page, elements);
            assertEquals(payload, page.selectFirst("#promisedesk-sales-customer").val());
            assertEquals(List.of("S-1"), keys(page));
        }
    }

    @Test
    public void hostileTypedValuesOfARefusedForm_stayText() {
        for (String payload : XssCorpus.payloads(NAME_LENGTH)) {
            Map<String, List<String>> typed = parameters("customer", payload, "from", payload, "to", payload,
                    "sort", "key", "pageSize", payload);
            InvalidValueException error = assertThrows(InvalidValueException.class, () -> CommitmentQuery.parse(typed));

            Document page = JiraLikeVelocity.renderDocument(CommitmentList.TEMPLATE,
                    new CommitmentList(SalesRendering.BASE_URL).rejected(typed, error, Locale.ENGLISH));

            RenderedHtml.assertNoActiveContent(page);
            assertEquals(payload, page.selectFirst("#promisedesk-sales-customer").val());
            assertEquals(payload, page.selectFirst("#promisedesk-sales-from").val());
            assertEquals(payload, page.selectFirst("input[name=pageSize]").val());
        }
    }

    @Test
    public void refusedForm_keepsWhatWasTypedShowsWhyAndNoResults() {
        Map<String, List<String>> typed = parameters("customer", "Globex", "risk", "late", "from", "2026-03-20",
                "to", "2026-03-13", "sort", "eta", "order", "desc", "pageSize", "10");
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> CommitmentQuery.parse(typed));

        Document page = JiraLikeVelocity.renderDocument(CommitmentList.TEMPLATE,
                new CommitmentList(SalesRendering.BASE_URL).rejected(typed, error, DUTCH));

        assertEquals("De einddatum vr 13 mrt ligt vóór de begindatum vr 20 mrt.", page.selectFirst("[role=alert]").text());
        assertEquals(Map.of("scope", List.of("mine"), "customer", List.of("Globex"), "risk", List.of("late"),
                "from", List.of("2026-03-20"), "to", List.of("2026-03-13"), "sort", List.of("eta"), "order", List.of("desc"),
                "pageSize", List.of("10")), submitted(page));
        assertNull(page.selectFirst("table"));
        assertNull(page.selectFirst("nav"));
    }

    @Test
    public void everyInputAndSelect_hasAUniqueIdThatALabelNames() {
        for (Document page : List.of(list(twoTeamsOfCommitments(), CommitmentQuery.defaults(), Locale.ENGLISH),
                list(twoTeamsOfCommitments(), CommitmentQuery.parse(parameters("risk", "late")), DUTCH))) {
            Set<String> ids = new HashSet<>();
            List<String> unlabelled = new ArrayList<>();
            for (Element field : page.select("form input:not([type=hidden]), form select, form textarea")) {
                String id = field.id();
                assertTrue("duplicate id " + id, id.isEmpty() || ids.add(id));
                Element label = id.isEmpty() ? null : page.selectFirst("label[for=" + id + "]");
                if (label == null || label.text().isBlank()) {
                    unlabelled.add(field.outerHtml());
                }
            }

            assertEquals(List.of(), unlabelled);
            assertEquals(10, ids.size());
        }
    }

    @Test
    public void riskCheckboxes_areGroupedUnderALegend() {
        Document page = list(twoTeamsOfCommitments(), CommitmentQuery.defaults(), Locale.ENGLISH);

        Element group = page.selectFirst("fieldset.promisedesk-commitments__risks");
        assertEquals("Risk", group.selectFirst("legend").text());
        assertEquals(List.of("On track", "At risk", "Late"), group.select("label").eachText());
        assertEquals(3, group.select("input[type=checkbox][name=risk]").size());
    }

    @Test
    public void form_isAGetToTheListAndSubmitsTheQueryItShows() {
        CommitmentQuery query = CommitmentQuery.parse(parameters("customer", "acme", "risk", "late", "risk", "at-risk",
                "from", "2026-03-01", "to", "2026-04-30", "sort", "customer", "order", "desc", "pageSize", "10"));

        Document page = list(twoTeamsOfCommitments(), query, Locale.ENGLISH);

        Element form = page.selectFirst("form");
        assertEquals("get", form.attr("method"));
        assertEquals("https://jira.example.com/plugins/servlet/promisedesk/sales/commitments", form.attr("action"));
        assertEquals(query, CommitmentQuery.parse(submitted(page)));
        assertEquals("Show", form.selectFirst("button[type=submit]").text());
    }

    @Test
    public void templates_keepTheSourceRules() {
        for (String path : List.of(SalesIssueView.TEMPLATE, CommitmentList.TEMPLATE)) {
            assertEquals(path, List.of(), TemplateSourceRules.problems(path));
        }
    }

    @Test
    public void issueViewTemplate_namesNoTechnicalField() {
        String template = TemplateSourceRules.source(SalesIssueView.TEMPLATE).toLowerCase(Locale.ROOT);

        for (String word : List.of("status", "assignee", "priority", "hours", "sprint", "load", "remaining", "team")) {
            assertFalse(word, template.contains(word));
        }
    }

    /** The link leads to the review of exactly that customer, and nowhere else: its name survives the round trip. */
    private static void assertLinksToTheReviewOf(String customer, Element link) {
        String prefix = SalesRendering.BASE_URL + "/plugins/servlet/promisedesk/review?customer=";
        String href = link.attr("href");
        assertEquals(customer, link.text());
        assertTrue(href, href.startsWith(prefix));
        assertTrue(href, href.substring(prefix.length()).matches("[A-Za-z0-9%_~-]*"));
        assertEquals(customer, URLDecoder.decode(href.substring(prefix.length()), StandardCharsets.UTF_8));
    }

    private static void assertInert(String payload, Document page, int expectedElements) {
        RenderedHtml.assertNoActiveContent(page);
        assertEquals("elements with " + payload, expectedElements, page.getAllElements().size());
        assertTrue(payload, page.text().contains(payload) || page.select("input").eachAttr("value").contains(payload));
    }

    /** What a browser sends for the form as shown: named fields with their values, checked boxes, selected options. */
    private static Map<String, List<String>> submitted(Document page) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Element field : page.select("form input, form select")) {
            String value;
            if (field.is("select")) {
                Element selected = field.selectFirst("option[selected]");
                value = selected == null ? field.selectFirst("option").val() : selected.val();
            } else if (field.attr("type").equals("checkbox") || field.attr("type").equals("radio")) {
                if (!field.hasAttr("checked")) {
                    continue;
                }
                value = field.val();
            } else {
                value = field.val();
            }
            if (!value.isEmpty()) {
                values.computeIfAbsent(field.attr("name"), name -> new ArrayList<>()).add(value);
            }
        }
        return values;
    }
}
