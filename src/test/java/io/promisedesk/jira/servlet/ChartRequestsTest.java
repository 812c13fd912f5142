package io.promisedesk.jira.servlet;

import io.promisedesk.fixtures.FakeAccess;
import io.promisedesk.fixtures.PlatformScenario;
import io.promisedesk.fixtures.WorkloadWorld;
import io.promisedesk.jira.servlet.PageAnswer.Page;
import io.promisedesk.panel.OvercommitPanelView;
import io.promisedesk.rendering.RenderedHtml;
import io.promisedesk.rendering.XssCorpus;
import io.promisedesk.team.Team;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.promisedesk.fixtures.TeamBuilder.aTeam;
import static io.promisedesk.jira.servlet.PageRendering.BASE_URL;
import static io.promisedesk.jira.servlet.PageRendering.TOKEN;
import static io.promisedesk.jira.servlet.PageRendering.get;
import static io.promisedesk.jira.servlet.PageRendering.status;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * An issue's workload chart as Jira's servlet serves it, on the scenario's team "platform" (Monday 2 March 2026): for
 * the overcommit panel's readers, and the same not found for an issue one may not browse as for none at all.
 */
public class ChartRequestsTest {
    private static final String OPS_12 = OvercommitPanelView.CHART_PATH + "OPS-12";

    private final WorkloadWorld world = new WorkloadWorld();

    private ChartRequests charts(FakeAccess reader) {
        return new ChartRequests(reader, world.directory, world.snapshots);
    }

    /** The page parsed; the chart's SVG checked here, since the rendering helpers refuse any svg. */
    private static Document chartPage(PageAnswer answer, Locale locale) {
        Page page = (Page) answer;
        page.sections().forEach(section -> RenderedHtml.assertPlainContext(section.context()));
        Document document = PageRendering.document(PageRendering.html(page, locale));
        for (Element element : document.select("svg, svg *")) {
            assertTrue(element.tagName(), List.of("svg", "title", "desc", "g", "line", "path", "text", "rect", "circle",
                    "polyline", "polygon", "tspan").contains(element.tagName().toLowerCase(Locale.ROOT)));
            element.attributes().forEach(attribute -> assertTrue(attribute.getKey(),
                    !attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on")
                            && !attribute.getKey().toLowerCase(Locale.ROOT).contains("href")
                            && !attribute.getKey().equalsIgnoreCase("style")));
        }
        document.select("svg").remove();
        RenderedHtml.assertNoActiveContent(document);
        return PageRendering.document(PageRendering.html(page, locale));
    }

    @Test
    public void nobodyLoggedIn_isSentToTheLoginPage() {
        assertTrue(charts(FakeAccess.anonymous()).get(get(OPS_12, Map.of())) instanceof PageAnswer.Login);
    }

    @Test
    public void whoeverMayEditTheIssue_seesItsTeamsChartWithTheIssuesDateMarked_insideJirasDecorator() {
        PageAnswer answer = charts(FakeAccess.technician("tina", "OPS-12")).get(get(OPS_12, Map.of()));

        assertEquals(200, status(answer));
        Document page = chartPage(answer, Locale.ENGLISH);
        assertEquals("atl.general", page.selectFirst("head meta[name=decorator]").attr("content"));
        assertEquals("Workload chart OPS-12", page.title());
        assertNotNull(page.selectFirst("section#promisedesk-issue-chart.promisedesk-page"));
        assertTrue(page.selectFirst("h1").text(), page.selectFirst("h1").text().endsWith(" around OPS-12"));
        assertEquals(BASE_URL + "/browse/OPS-12", page.selectFirst(".promisedesk-chart-page__back a").attr("href"));
        assertNotNull(page.selectFirst("svg g.promisedesk-chart__highlight"));
        assertTrue(page.selectFirst("tr.promisedesk-chart__row--highlighted").text().contains("(this issue)"));
    }

    @Test
    public void anAdministratorWhoMayOnlyBrowse_seesTheChart_butSomeoneWhoMayOnlyBrowseIsRefused() {
        assertEquals(200, status(charts(FakeAccess.named("ada").asAdministrator().browses("OPS-12"))
                .get(get(OPS_12, Map.of()))));

        for (FakeAccess reader : List.of(FakeAccess.named("sam").asSales().browses("OPS-12"),
                FakeAccess.named("olga").browses("OPS-12"))) {
            PageAnswer refused = charts(reader).get(get(OPS_12, Map.of()));
            assertEquals(403, status(refused));
            assertEquals("The workload chart is for the readers of the overcommit panel of this issue: whoever may edit"
                            + " the issue, and Jira administrators.",
                    PageRendering.render(refused).selectFirst(".promisedesk-message__text").text());
        }
    }

    @Test
    public void anIssueTheReaderMayNotBrowse_isTheSameNotFoundAsNoIssue_noTeamOrNoKey() {
        FakeAccess admin = FakeAccess.named("ada").asAdministrator().browses("HR-1");
        PageAnswer hidden = charts(admin).get(get(OPS_12, Map.of()));
        // Access answers false for an issue that does not exist.
        PageAnswer missing = charts(admin).get(get(OvercommitPanelView.CHART_PATH + "OPS-999", Map.of()));

        assertEquals(404, status(hidden));
        assertEquals(PageRendering.html((Page) missing, Locale.ENGLISH), PageRendering.html((Page) hidden, Locale.ENGLISH));
        for (String path : List.of(OvercommitPanelView.CHART_PATH + "HR-1", OvercommitPanelView.CHART_PATH + "ops-12<x>",
                OvercommitPanelView.CHART_PATH, "/plugins/servlet/promisedesk/chart")) {
            assertEquals(path, 404, status(charts(admin).get(get(path, Map.of()))));
        }
    }

    @Test
    public void inDutch_theTitleAndTheChartSpeakDutch() {
        PageRequest dutch = new PageRequest(OPS_12, Map.of(), Locale.forLanguageTag("nl"), BASE_URL, TOKEN, false);

        Document page = chartPage(charts(FakeAccess.technician("tina", "OPS-12")).get(dutch), Locale.forLanguageTag("nl"));

        assertEquals("Werklastgrafiek OPS-12", page.title());
        assertEquals("nl", page.selectFirst("html").attr("lang"));
        assertEquals("Terug naar OPS-12", page.selectFirst(".promisedesk-chart-page__back a").text());
    }

    @Test
    public void aHostileTeamName_staysText_inTheTitleTheHeadingAndTheChart() {
        int elements = pageNamed("Platform").getAllElements().size();
        for (String payload : XssCorpus.payloads(255)) {
            Document page = pageNamed(payload);

            String name = world.directory.team(WorkloadWorld.PLATFORM).orElseThrow().name();
            assertEquals(payload, elements, page.getAllElements().size());
            assertEquals(payload, new Element("h1").text("Workload of " + name + " around OPS-12").text(),
                    page.selectFirst("h1").text());
        }
    }

    private Document pageNamed(String teamName) {
        Team platform = PlatformScenario.platformTeam();
        world.directory.put(aTeam().key("platform").name(teamName).zone(platform.timeZone().getId())
                .withMember("anna", 40).build());
        // As saving the team does: its settings changed, so its snapshot is made again.
        world.snapshots.settingsChanged();
        return chartPage(charts(FakeAccess.technician("tina", "OPS-12")).get(get(OPS_12, Map.of())), Locale.ENGLISH);
    }
}
