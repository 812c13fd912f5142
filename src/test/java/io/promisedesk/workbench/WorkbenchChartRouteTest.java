package io.promisedesk.workbench;

import io.promisedesk.workload.IssueVerdict;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The workload chart's pages over HTTP: the issue's chart for the panel's viewers, a team's preview and what-if for
 * admins only; a what-if saves nothing.
 */
public class WorkbenchChartRouteTest {
    @ClassRule
    public static final RunningWorkbench WORKBENCH = new RunningWorkbench("--port", "0");

    private static final String CHART = "/plugins/servlet/promisedesk/chart/";
    private static final String ADMIN = "/plugins/servlet/promisedesk/admin";

    private static String preview(String team) {
        return ADMIN + "/team/" + team + "/preview";
    }

    private static String query(ChartDemo.Absence absence) {
        return "absentMember=" + URLEncoder.encode(absence.member().user(), StandardCharsets.UTF_8)
                + "&from=" + absence.form().from() + "&to=" + absence.form().to();
    }

    @Test
    public void issueChart_isForTechniciansAndAdmins_asThePanelIs() throws Exception {
        String path = CHART + ChartDemo.aCommittedIssue().item().key();
        for (String role : List.of("technician", "admin")) {
            assertEquals(role, 200, WORKBENCH.get(path + "?role=" + role).statusCode());
        }
        for (String role : List.of("salesperson", "none")) {
            HttpResponse<String> refused = WORKBENCH.get(path + "?role=" + role);
            assertEquals(role, 403, refused.statusCode());
            assertEquals("The workload chart is for the readers of the overcommit panel of this issue: whoever may edit"
                    + " the issue, and Jira administrators.",
                    Jsoup.parse(refused.body()).selectFirst(".promisedesk-message__text").text());
        }
        assertEquals(404, WORKBENCH.get(CHART + "NOPE-1?role=technician").statusCode());
        assertEquals(404, WORKBENCH.get(CHART + "not%20a%20key?role=technician").statusCode());
    }

    @Test
    public void issueChart_marksTheIssuesDate_andIsReachedFromThePanel() throws Exception {
        IssueVerdict issue = ChartDemo.aCommittedIssue();
        String key = issue.item().key().toString();
        Document panel = WORKBENCH.page("/browse/" + key + "?role=technician");
        Element link = panel.selectFirst("#promisedesk-overcommit-panel a.promisedesk-overcommit__chart-link");
        assertEquals(CHART + key, link.attr("href"));

        Document page = WORKBENCH.page(link.attr("href"));

        assertTrue(page.selectFirst("h1").text().endsWith(" around " + key));
        assertEquals("/browse/" + key, page.selectFirst(".promisedesk-chart-page__back a").attr("href"));
        assertNotNull(page.selectFirst("svg g.promisedesk-chart__highlight"));
        assertNotNull(page.selectFirst("svg g.promisedesk-chart__threshold--warn"));
        assertNotNull(page.selectFirst("svg g.promisedesk-chart__threshold--critical"));
        assertTrue(page.selectFirst("tr.promisedesk-chart__row--highlighted").text().contains("(this issue)"));
    }

    @Test
    public void preview_isForAdminsOnly_andLinkedFromTheTeamList() throws Exception {
        ChartDemo.Absence absence = ChartDemo.levelRisingAbsence();
        String path = preview(absence.team().key().value());
        assertEquals(200, WORKBENCH.get(path + "?role=admin").statusCode());
        for (String role : List.of("technician", "salesperson", "none")) {
            HttpResponse<String> refused = WORKBENCH.get(path + "?role=" + role + "&" + query(absence));
            assertEquals(role, 403, refused.statusCode());
            assertEquals("The team preview is for Jira admins.",
                    Jsoup.parse(refused.body()).selectFirst(".workbench-forbidden").text());
        }
        assertEquals(404, WORKBENCH.get(preview("no-such-team") + "?role=admin").statusCode());
        assertEquals(path, WORKBENCH.page(ADMIN + "?role=admin").selectFirst("tr[data-team="
                + absence.team().key().value() + "] a.promisedesk-admin-team__preview").attr("href"));
    }

    @Test
    public void whatIf_showsTheRaisedLevelAndASecondChart_andSavesNothing() throws Exception {
        ChartDemo.Absence absence = ChartDemo.levelRisingAbsence();
        String team = absence.team().key().value();
        String key = absence.now().item().key().toString();
        String before = WORKBENCH.page(ADMIN + "?role=admin").selectFirst("tr[data-team=" + team + "]").text();

        Document page = WORKBENCH.page(preview(team) + "?role=admin&" + query(absence));

        Element row = page.selectFirst("tr.promisedesk-preview-issue[data-issue=" + key + "]");
        assertTrue(row.selectFirst(".promisedesk-preview-issue__whatif").hasClass("promisedesk-level--"
                + absence.then().level().name().toLowerCase(Locale.ROOT)));
        assertEquals("Rises", row.selectFirst(".promisedesk-preview-issue__change").text());
        assertEquals(2, page.select("svg.promisedesk-chart__svg").size());
        assertEquals(absence.member().user(),
                page.selectFirst("#promisedesk-whatif-absentMember option[selected]").val());
        assertEquals(before, WORKBENCH.page(ADMIN + "?role=admin").selectFirst("tr[data-team=" + team + "]").text());
    }

    @Test
    public void refusedWhatIf_showsTheErrorBesideItsField_andOneChart() throws Exception {
        ChartDemo.Absence absence = ChartDemo.levelRisingAbsence();
        Document page = WORKBENCH.page(preview(absence.team().key().value()) + "?role=admin&absentMember=nobody-here"
                + "&from=2026-03-10&to=2026-03-01");

        assertTrue(page.selectFirst("#promisedesk-whatif-absentMember-error").text().startsWith("nobody-here is not a member"));
        assertEquals("The end Sun 1 Mar is before the start Tue 10 Mar.",
                page.selectFirst("#promisedesk-whatif-to-error").text());
        assertEquals(1, page.select("svg.promisedesk-chart__svg").size());
        assertNull(page.selectFirst(".promisedesk-preview-issue__whatif"));
    }
}
