package io.promisedesk.panel;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.common.Hours;
import io.promisedesk.rendering.RenderedHtml;
import io.promisedesk.rendering.TemplateSourceRules;
import io.promisedesk.rendering.XssCorpus;
import io.promisedesk.team.Team;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.StatusCategory;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.TeamAssessment;

import org.jsoup.nodes.Document;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static io.promisedesk.fixtures.PlatformScenario.TODAY;
import static io.promisedesk.fixtures.PlatformScenario.platformIssues;
import static io.promisedesk.fixtures.PlatformScenario.platformTeam;
import static io.promisedesk.fixtures.TeamBuilder.aTeam;
import static io.promisedesk.fixtures.WorkItemBuilder.anIssue;
import static io.promisedesk.panel.PanelRendering.DUTCH;
import static io.promisedesk.panel.PanelRendering.committed;
import static io.promisedesk.panel.PanelRendering.context;
import static io.promisedesk.panel.PanelRendering.renderWithLinks;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Whatever users type into summaries, customers and team names stays text, and the template needs no allowlist. */
public class OvercommitPanelSafetyTest {
    private static final LocalDate MONDAY = LocalDate.parse("2026-03-02");
    /** Customers and team names are at most 255 characters. */
    private static final int NAME_LENGTH = 255;

    /** A team named {@code teamName} with two committed issues, the first carrying {@code summary} and {@code customer}. */
    private static Document panelWith(String teamName, String summary, String customer) {
        Team team = aTeam().name(teamName).withMember("anna", 40).build();
        List<WorkItem> items = List.of(
                WorkItem.builder(IssueKey.parse("A-1"), StatusCategory.IN_PROGRESS).summary(summary)
                        .remaining(Hours.of(30)).commitment(Commitment.of(LocalDate.parse("2026-03-06"), customer)).build(),
                anIssue("A-2").remaining(20).committedTo("2026-03-06").build());
        return renderWithLinks(committed(team, items, MONDAY, "A-1", 1), Locale.ENGLISH, MONDAY, "A-1");
    }

    @Test
    public void hostileSummary_staysText() {
        int elements = panelWith("Ops", "Harmless", "ACME").getAllElements().size();
        for (String payload : XssCorpus.payloads(1_000)) {
            Document panel = panelWith("Ops", payload, "ACME");

            assertInert(payload, panel, elements);
            assertEquals(payload, panel.selectFirst(".promisedesk-contributor__summary").text());
        }
    }

    @Test
    public void hostileCustomer_staysText() {
        int elements = panelWith("Ops", "Harmless", "ACME").getAllElements().size();
        for (String payload : XssCorpus.payloads(NAME_LENGTH)) {
            Document panel = panelWith("Ops", "Harmless", payload);

            assertInert(payload, panel, elements);
            assertEquals("Fri 6 Mar, to " + payload, PanelRendering.fact(panel, "commitment"));
        }
    }

    @Test
    public void hostileTeamName_staysText() {
        int elements = panelWith("Ops", "Harmless", "ACME").getAllElements().size();
        for (String payload : XssCorpus.payloads(NAME_LENGTH)) {
            Document panel = panelWith(payload, "Harmless", "ACME");

            assertInert(payload, panel, elements);
            assertEquals("Workload of " + payload, panel.selectFirst("h3").text());
        }
    }

    @Test
    public void hostileTeamNameWithoutCommitment_staysText() {
        for (String payload : XssCorpus.payloads(NAME_LENGTH)) {
            Team team = aTeam().name(payload).withMember("anna", 40).build();
            PanelSubject subject = PanelSubject.Uncommitted.of(TeamAssessment.assess(team, List.of(), MONDAY)
                    .visibleTo(issue -> true));

            Document panel = renderWithLinks(subject, DUTCH, MONDAY, "A-1");

            RenderedHtml.assertNoActiveContent(panel);
            assertEquals("Werklast van " + payload, panel.selectFirst("h3").text());
        }
    }

    @Test
    public void contextOfEveryState_holdsOnlyPlainJdkValues() {
        List<PanelSubject> subjects = List.of(
                committed(platformTeam(), platformIssues(), TODAY, "OPS-7", 3),
                PanelSubject.Uncommitted.of(TeamAssessment.assess(platformTeam(), platformIssues(), TODAY)
                .visibleTo(issue -> true)),
                new PanelSubject.NoTeam(true),
                new PanelSubject.NoTeam(false));

        for (PanelSubject subject : subjects) {
            RenderedHtml.assertPlainContext(context(subject, Locale.ENGLISH, TODAY));
            RenderedHtml.assertPlainContext(PanelRendering.contextWithLinks(subject, Locale.ENGLISH, TODAY, "OPS-7"));
        }
    }

    @Test
    public void template_keepsTheSourceRules_andWalksItsNumbers() {
        assertEquals(List.of(), TemplateSourceRules.problems(OvercommitPanelView.TEMPLATE));
        assertTrue(TemplateSourceRules.source(OvercommitPanelView.TEMPLATE).contains("#foreach($row in $numbers)"));
    }

    private static void assertInert(String payload, Document panel, int expectedElements) {
        RenderedHtml.assertNoActiveContent(panel);
        assertEquals("elements with " + payload, expectedElements, panel.getAllElements().size());
        assertTrue(payload, panel.text().contains(payload));
    }
}
