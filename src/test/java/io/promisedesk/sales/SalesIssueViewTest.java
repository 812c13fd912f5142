package io.promisedesk.sales;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.common.Hours;
import io.promisedesk.language.BusinessPhrase;
import io.promisedesk.language.StatusPhraseMapping;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.rendering.RenderedHtml;
import io.promisedesk.team.Team;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.StatusCategory;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.TeamAssessment;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.promisedesk.fixtures.TeamBuilder.aTeam;
import static io.promisedesk.fixtures.WorkItemBuilder.aResolvedIssue;
import static io.promisedesk.fixtures.WorkItemBuilder.anIssue;
import static io.promisedesk.sales.SalesRendering.BASE_URL;
import static io.promisedesk.sales.SalesRendering.DUTCH;
import static io.promisedesk.sales.SalesRendering.MONDAY;
import static io.promisedesk.sales.SalesRendering.fact;
import static io.promisedesk.sales.SalesRendering.issue;
import static io.promisedesk.sales.SalesRendering.issueContext;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** One issue as sales reads it: every case of the sentence in English and Dutch, the facts beside it, nothing else. */
public class SalesIssueViewTest {

    private static String sentence(WorkItem item, Locale locale) {
        return issue(item, locale).selectFirst("p.promisedesk-sales-issue__sentence").text();
    }

    @Test
    public void doneIssue_saysOnlyThatItIsDone() {
        WorkItem item = aResolvedIssue("S-1").committedTo("2026-03-20").eta("2026-03-13").build();

        assertEquals("Done.", sentence(item, Locale.ENGLISH));
        assertEquals("Klaar.", sentence(item, DUTCH));
    }

    @Test
    public void doneIssue_showsItsDatesButNoRisk() {
        Document page = issue(aResolvedIssue("S-1").committedTo("2026-02-27").eta("2026-02-26").build(), Locale.ENGLISH);

        assertEquals("Thu 26 Feb", fact(page, "eta"));
        assertEquals("Fri 27 Feb", fact(page, "commitment"));
        assertEquals("ACME", fact(page, "customer"));
        assertNull(page.selectFirst(".promisedesk-risk"));
    }

    @Test
    public void committedIssueWithoutEta_saysWhatWasPromisedToWhom() {
        WorkItem item = anIssue("S-2").remaining(8).committedTo("2026-03-20", "ACME").build();

        assertEquals("Being worked on. No expected date yet; promised to ACME for Fri 20 Mar. On track.",
                sentence(item, Locale.ENGLISH));
        assertEquals("In behandeling. Nog geen verwachte datum; aan ACME beloofd voor vr 20 mrt. Op schema.",
                sentence(item, DUTCH));
    }

    @Test
    public void etaBeforeTheCommitment_countsTheWorkingDaysToSpare() {
        WorkItem item = anIssue("S-3").remaining(8).committedTo("2026-03-18", "ACME").eta("2026-03-13").build();

        assertEquals("Being worked on. Expected Fri 13 Mar, 3 working days before the date promised to ACME. On track.",
                sentence(item, Locale.ENGLISH));
        assertEquals("In behandeling. Verwacht op vr 13 mrt, 3 werkdagen vóór de datum die aan ACME is beloofd. Op schema.",
                sentence(item, DUTCH));
    }

    @Test
    public void etaOnTheCommitment_isInTime() {
        WorkItem item = anIssue("S-4").remaining(8).committedTo("2026-03-18", "ACME").eta("2026-03-18").build();

        assertEquals("Being worked on. Expected Wed 18 Mar, the date promised to ACME. On track.",
                sentence(item, Locale.ENGLISH));
        assertEquals("In behandeling. Verwacht op wo 18 mrt, de datum die aan ACME is beloofd. Op schema.",
                sentence(item, DUTCH));
    }

    @Test
    public void etaAfterTheCommitment_isLikelyLate() {
        WorkItem item = anIssue("S-5").remaining(8).committedTo("2026-03-18", "ACME").eta("2026-03-20").build();

        assertEquals("Being worked on. Expected Fri 20 Mar, 2 working days after the date promised to ACME."
                        + " Likely late — the expected date or the workload of the team goes past the promised date.",
                sentence(item, Locale.ENGLISH));
        assertEquals("In behandeling. Verwacht op vr 20 mrt, 2 werkdagen na de datum die aan ACME is beloofd."
                        + " Waarschijnlijk te laat — de verwachte datum of de werklast van het team valt na de beloofde datum.",
                sentence(item, DUTCH));
    }

    @Test
    public void unknownCustomer_readsAsThePromisedDate() {
        WorkItem item = anIssue("S-6").remaining(8).committedTo("2026-03-18", null).eta("2026-03-13").build();

        assertEquals("Being worked on. Expected Fri 13 Mar, 3 working days before the promised date. On track.",
                sentence(item, Locale.ENGLISH));
        assertEquals("In behandeling. Verwacht op vr 13 mrt, 3 werkdagen vóór de beloofde datum. Op schema.",
                sentence(item, DUTCH));
    }

    @Test
    public void unknownCustomerWithoutEta_saysOnlyTheDate() {
        WorkItem item = anIssue("S-7").remaining(8).committedTo("2026-03-18", null).build();

        assertEquals("Being worked on. No expected date yet; promised for Wed 18 Mar. On track.", sentence(item, Locale.ENGLISH));
        assertEquals("In behandeling. Nog geen verwachte datum; beloofd voor wo 18 mrt. Op schema.", sentence(item, DUTCH));
    }

    @Test
    public void unknownCustomer_isShownAsUnknown() {
        WorkItem item = anIssue("S-6").remaining(8).committedTo("2026-03-18", null).build();

        assertEquals("Unknown", fact(issue(item, Locale.ENGLISH), "customer"));
        assertEquals("Onbekend", fact(issue(item, DUTCH), "customer"));
    }

    @Test
    public void fullWeek_isAtRiskInWordsAndAsCssClass() {
        WorkItem item = anIssue("S-8").remaining(34).committedTo("2026-03-06", "ACME").eta("2026-03-06").build();

        Document page = issue(item, Locale.ENGLISH);

        assertEquals("Being worked on. Expected Fri 6 Mar, the date promised to ACME."
                + " At risk — the team has little room left before the promised date.", sentence(item, Locale.ENGLISH));
        assertEquals("promisedesk-risk promisedesk-risk--at-risk", page.selectFirst("dd.promisedesk-fact--risk span").className());
        assertEquals("aui-lozenge aui-lozenge-moved", page.selectFirst("dd.promisedesk-fact--risk span span").className());
        assertEquals("At risk", fact(page, "risk"));
        assertEquals("Loopt risico", fact(issue(item, DUTCH), "risk"));
    }

    @Test
    public void lateIssue_isLateInWordsAndAsCssClass() {
        Document page = issue(anIssue("S-5").remaining(8).committedTo("2026-03-18").eta("2026-03-20").build(), DUTCH);

        assertEquals("promisedesk-risk promisedesk-risk--late", page.selectFirst("dd.promisedesk-fact--risk span").className());
        assertEquals("aui-lozenge aui-lozenge-removed", page.selectFirst("dd.promisedesk-fact--risk span span").className());
        assertEquals("Te laat", fact(page, "risk"));
    }

    @Test
    public void uncommittedIssue_saysNothingWasPromisedAndHasNoRisk() {
        WorkItem item = anIssue("S-9").remaining(8).build();

        Document page = issue(item, Locale.ENGLISH);

        assertEquals("Being worked on. No expected date yet.", sentence(item, Locale.ENGLISH));
        assertEquals("No expected date yet", fact(page, "eta"));
        assertEquals("Nothing promised", fact(page, "commitment"));
        assertNull(page.selectFirst("dd.promisedesk-fact--customer"));
        assertNull(page.selectFirst(".promisedesk-fact--risk"));
        assertEquals("Niets beloofd", fact(issue(item, DUTCH), "commitment"));
    }

    @Test
    public void facts_showTheEtaTheCommitmentAndTheCustomerWithTheirLabels() {
        Document page = issue(anIssue("S-3").remaining(8).committedTo("2026-03-18", "Globex").eta("2026-03-13").build(),
                DUTCH);

        assertEquals(List.of("Verwacht", "Beloofd voor", "Klant", "Risico"),
                page.select("dl.promisedesk-facts dt").eachText());
        assertEquals(List.of("vr 13 mrt", "wo 18 mrt", "Globex", "Op schema"),
                page.select("dl.promisedesk-facts dd").eachText());
    }

    @Test
    public void openIssueWithAPassedCommitment_saysThePromiseHasPassed() {
        WorkItem item = anIssue("S-10").remaining(8).committedTo("2026-02-27").build();

        Document page = JiraLikeVelocity.renderDocument(SalesIssueView.TEMPLATE,
                issueContext(item, List.of(item), Optional.empty(), Locale.ENGLISH, MONDAY));

        assertEquals("Fri 27 Feb (passed)", fact(page, "commitment"));
        assertEquals("Late", fact(page, "risk"));
    }

    @Test
    public void heading_showsTheKeyAndTheSummary() {
        Document page = issue(anIssue("S-3").build(), Locale.ENGLISH);

        assertEquals("S-3", page.selectFirst("h1 .promisedesk-sales-issue__key").text());
        assertEquals("Work on S-3", page.selectFirst("h1 .promisedesk-sales-issue__summary").text());
    }

    @Test
    public void note_isShownWhenTheCallerHasOne() {
        WorkItem item = anIssue("S-3").remaining(8).committedTo("2026-03-18").build();

        Document withNote = issue(item, Optional.of("  Customer wants a call first.  "), Locale.ENGLISH);
        Document blankNote = issue(item, Optional.of("   "), Locale.ENGLISH);
        Document noNote = issue(item, Optional.empty(), DUTCH);

        assertEquals("Note", withNote.selectFirst("dt.promisedesk-fact--note").text());
        assertEquals("Customer wants a call first.", fact(withNote, "note"));
        assertNull(blankNote.selectFirst(".promisedesk-fact--note"));
        assertNull(noNote.selectFirst(".promisedesk-fact--note"));
    }

    @Test
    public void page_linksToMyCommitments() {
        Document page = issue(anIssue("S-3").build(), DUTCH);

        assertEquals("https://jira.example.com/plugins/servlet/promisedesk/sales/commitments",
                page.selectFirst("a.promisedesk-sales-issue__commitments").attr("href"));
        assertEquals("Mijn toezeggingen", page.selectFirst("a.promisedesk-sales-issue__commitments").text());
    }

    @Test
    public void statusMapping_decidesThePhrase() {
        WorkItem item = anIssue("S-3").status("Awaiting Customer").remaining(8).committedTo("2026-03-18").build();
        TeamAssessment assessment = TeamAssessment.assess(SalesRendering.oneMemberTeam("platform"), List.of(item), MONDAY);
        StatusPhraseMapping mapping = StatusPhraseMapping.defaults()
                .withOverride("awaiting customer", BusinessPhrase.WAITING_FOR_CUSTOMER);

        Map<String, Object> context = new SalesIssueView(BASE_URL)
                .context(item, assessment, mapping, Optional.empty(), Locale.ENGLISH, MONDAY);

        assertEquals("Waiting for the customer. No expected date yet; promised to ACME for Wed 18 Mar. On track.",
                context.get("sentence"));
    }

    /** A technician's view of the issue, with every field sales must not see made distinctive. */
    @Test
    public void technicalFields_appearNowhereOnThePage() {
        Team team = aTeam().key("nebula").name("Nebula Sprint Crew").withMember("quentin.quasar", 40).build();
        WorkItem item = WorkItem.builder(IssueKey.parse("S-11"), StatusCategory.IN_PROGRESS)
                .summary("Replace the pump")
                .status("Zorblax Review Gate")
                .assignee("quentin.quasar")
                .priority("Blocker-Ultra-Priority")
                .remaining(Hours.of(47.125))
                .commitment(Commitment.of(LocalDate.parse("2026-03-06"), "ACME"))
                .eta(LocalDate.parse("2026-03-05"))
                .build();
        WorkItem other = anIssue("S-12").remaining(19.5).committedTo("2026-03-06", "Globex").build();
        TeamAssessment assessment = TeamAssessment.assess(team, List.of(item, other), MONDAY);

        for (Locale locale : List.of(Locale.ENGLISH, DUTCH)) {
            Map<String, Object> context = new SalesIssueView(BASE_URL)
                    .context(item, assessment, StatusPhraseMapping.defaults(), Optional.empty(), locale, MONDAY);
            String html = JiraLikeVelocity.render(SalesIssueView.TEMPLATE, context);

            for (String secret : List.of("Zorblax", "quentin", "quasar", "Blocker", "Ultra", "Nebula", "Sprint", "nebula",
                    "47", "66", "19", "%", "S-12", "Globex", "Work due", "Capacity", "Load", "Thresholds")) {
                assertFalse(secret + " leaks into " + html, html.contains(secret));
            }
        }
    }

    @Test
    public void committedCustomer_linksToItsReviewUnderTheBaseUrl() {
        WorkItem item = anIssue("S-4").remaining(8).committedTo("2026-03-20", "Acme & Söhne").build();

        for (Locale locale : List.of(Locale.ENGLISH, DUTCH)) {
            Document page = issue(item, locale);

            Element link = page.selectFirst("dd.promisedesk-fact--customer a");
            assertEquals("Acme & Söhne", link.text());
            assertEquals("https://jira.example.com/plugins/servlet/promisedesk/review?customer=Acme%20%26%20S%C3%B6hne",
                    link.attr("href"));
            assertEquals(1, page.select("a.promisedesk-sales-issue__review").size());
        }
    }

    @Test
    public void committedCustomer_linksUnderAContextPath() {
        WorkItem item = anIssue("S-4").remaining(8).committedTo("2026-03-20", "ACME").build();
        TeamAssessment assessment = TeamAssessment.assess(SalesRendering.oneMemberTeam("platform"), List.of(item), MONDAY);

        Map<String, Object> context = new SalesIssueView("/jira/").context(item, assessment,
                StatusPhraseMapping.defaults(), Optional.empty(), Locale.ENGLISH, MONDAY);

        assertEquals("/jira/plugins/servlet/promisedesk/review?customer=ACME",
                JiraLikeVelocity.renderDocument(SalesIssueView.TEMPLATE, context)
                        .selectFirst("dd.promisedesk-fact--customer a").attr("href"));
    }

    @Test
    public void unknownCustomerOrNoCommitment_linksToNoReview() {
        WorkItem unknown = anIssue("S-6").remaining(8).committedTo("2026-03-18", null).build();
        WorkItem uncommitted = anIssue("S-9").build();

        assertEquals("Unknown", fact(issue(unknown, Locale.ENGLISH), "customer"));
        assertNull(issue(unknown, Locale.ENGLISH).selectFirst("a.promisedesk-sales-issue__review"));
        assertNull(issue(uncommitted, DUTCH).selectFirst("a.promisedesk-sales-issue__review"));
        assertEquals(List.of("promisedesk-sales-issue__commitments"),
                issue(unknown, Locale.ENGLISH).select("a").eachAttr("class"));
    }

    @Test
    public void context_holdsExactlyWhatSalesAskedFor() {
        WorkItem item = anIssue("S-3").remaining(8).committedTo("2026-03-18").eta("2026-03-13").build();

        Map<String, Object> context = issueContext(item, List.of(item), Optional.of("Call first"), Locale.ENGLISH, MONDAY);

        assertEquals(Set.of("key", "summary", "sentence", "facts", "hasRisk", "risk", "riskLabel", "hasNote", "note",
                "noteLabel", "hasInformed", "informedLabel", "informed", "commitmentsHref", "commitmentsLink"),
                context.keySet());
        assertEquals(Map.of("name", "On track", "modifier", "on-track"), context.get("risk"));
        assertEquals(List.of(
                        Map.of("name", "eta", "label", "Expected", "value", "Fri 13 Mar", "linked", false),
                        Map.of("name", "commitment", "label", "Promised for", "value", "Wed 18 Mar", "linked", false),
                        Map.of("name", "customer", "label", "Customer", "value", "ACME", "linked", true,
                                "href", BASE_URL + "/plugins/servlet/promisedesk/review?customer=ACME")),
                context.get("facts"));
        RenderedHtml.assertPlainContext(context);
    }

    @Test
    public void contextOfEveryCase_holdsOnlyPlainJdkValues() {
        List<WorkItem> items = List.of(
                aResolvedIssue("S-1").committedTo("2026-03-20").build(),
                anIssue("S-2").remaining(8).committedTo("2026-03-20").build(),
                anIssue("S-6").remaining(8).committedTo("2026-03-18", null).eta("2026-03-13").build(),
                anIssue("S-9").build());

        for (WorkItem item : items) {
            RenderedHtml.assertPlainContext(issueContext(item, List.of(item), Optional.of("n"), DUTCH, MONDAY));
            RenderedHtml.assertPlainContext(issueContext(item, List.of(item), Optional.empty(), DUTCH, MONDAY));
        }
    }

    @Test
    public void noteLongerThanJiraKeeps_isRefused() {
        WorkItem item = anIssue("S-3").build();

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> issueContext(item, List.of(item), Optional.of("x".repeat(1_001)), Locale.ENGLISH, MONDAY));

        assertEquals("note: must be at most 1000 characters, was 1001", error.getMessage());
    }

    @Test
    public void baseUrlThatIsNeitherHttpNorAPath_isRefused() {
        for (String baseUrl : List.of("javascript:alert(1)", "jira.example.com", "ftp://jira.example.com",
                "https://jira.example.com/\" onclick=\"x")) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new SalesIssueView(baseUrl));

            assertEquals("baseUrl must be an http(s) URL or a path starting with /, was \"" + baseUrl + "\"",
                    error.getMessage());
        }
    }

    @Test
    public void contextPathAsBaseUrl_makesRelativeLinks() {
        WorkItem item = anIssue("S-3").build();
        TeamAssessment assessment = TeamAssessment.assess(SalesRendering.oneMemberTeam("platform"), List.of(item), MONDAY);

        Map<String, Object> context = new SalesIssueView("/jira/")
                .context(item, assessment, StatusPhraseMapping.defaults(), Optional.empty(), Locale.ENGLISH, MONDAY);

        assertEquals("/jira/plugins/servlet/promisedesk/sales/commitments", context.get("commitmentsHref"));
        assertTrue(context.containsKey("sentence"));
    }
}
