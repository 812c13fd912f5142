package io.promisedesk.panel;

import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.team.Team;
import io.promisedesk.work.WorkItem;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
import static io.promisedesk.panel.PanelRendering.fact;
import static io.promisedesk.panel.PanelRendering.label;
import static io.promisedesk.panel.PanelRendering.render;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

/** The panel of a committed issue: level, schedule, numbers and contributors, in English and Dutch. */
public class OvercommitPanelCommittedTest {
    private static final LocalDate MONDAY = LocalDate.parse("2026-03-02");

    private static Document ops7(Locale locale) {
        return render(committed(platformTeam(), platformIssues(), TODAY, "OPS-7", 2), locale, TODAY);
    }

    /** One member of 8 hours a day: 40 hours from Monday 2 through Friday 6 March. */
    private static Document oneIssueDueFriday(WorkItem item) {
        Team team = aTeam().withMember("anna", 40).build();
        return render(committed(team, List.of(item), MONDAY, item.key().toString(), 0), Locale.ENGLISH, MONDAY);
    }

    @Test
    public void overcommittedIssue_showsTheLevelInWordsAndAsCssClass() {
        Document panel = ops7(Locale.ENGLISH);

        Element level = panel.selectFirst("p.promisedesk-level");
        assertEquals("promisedesk-level promisedesk-level--overcommitted", level.className());
        assertEquals("Overcommitted", level.selectFirst(".promisedesk-level__name").text());
        assertEquals("More work is due by Fri 6 Mar than the team can do until then.",
                level.selectFirst(".promisedesk-level__verdict").text());
    }

    @Test
    public void committedIssue_linksToItsWorkloadChartInTheReadersLanguage_whenAskedTo() {
        PanelSubject subject = committed(platformTeam(), platformIssues(), TODAY, "OPS-7", 2);
        OvercommitPanelView view = new OvercommitPanelView(PanelRendering.BASE_URL).withChartLink();
        Element english = JiraLikeVelocity.parse(JiraLikeVelocity.render(OvercommitPanelView.TEMPLATE,
                view.context(subject, Locale.ENGLISH, TODAY))).selectFirst("a.promisedesk-overcommit__chart-link");
        Element dutch = JiraLikeVelocity.parse(JiraLikeVelocity.render(OvercommitPanelView.TEMPLATE,
                view.context(subject, DUTCH, TODAY))).selectFirst("a.promisedesk-overcommit__chart-link");

        assertEquals("https://jira.example.com/plugins/servlet/promisedesk/chart/OPS-7", english.attr("href"));
        assertEquals("Workload chart", english.text());
        assertEquals("Werklastgrafiek", dutch.text());
    }

    @Test
    public void committedIssue_linksToNoChart_unlessAskedTo() {
        assertNull(ops7(Locale.ENGLISH).selectFirst("a.promisedesk-overcommit__chart-link"));
    }

    @Test
    public void panel_isHeadedWithTheTeamName() {
        Document panel = ops7(Locale.ENGLISH);

        assertEquals("Workload of platform team", panel.selectFirst("h3").text());
    }

    @Test
    public void scenarioOps7_showsTheNumbersBehindTheVerdict() {
        Document panel = ops7(Locale.ENGLISH);

        assertEquals("Work due by Fri 6 Mar", label(panel, "workDue"));
        assertEquals("88 h", fact(panel, "workDue"));
        assertEquals("50.4 h", fact(panel, "capacity"));
        assertEquals("174.6%", fact(panel, "load"));
        assertEquals("Warning from 85%, overcommitted from 100%", fact(panel, "thresholds"));
        assertEquals("1, counted as 8 h", fact(panel, "unestimated"));
        assertEquals("1", fact(panel, "otherAtRisk"));
        assertEquals("2", fact(panel, "etaSlips"));
    }

    @Test
    public void scenarioOps7InDutch_showsDutchWordsDatesAndDecimalCommas() {
        Document panel = ops7(DUTCH);

        assertEquals("Overbelast", panel.selectFirst(".promisedesk-level__name").text());
        assertEquals("Werk af uiterlijk vr 6 mrt", label(panel, "workDue"));
        assertEquals("88 u", fact(panel, "workDue"));
        assertEquals("50,4 u", fact(panel, "capacity"));
        assertEquals("174,6%", fact(panel, "load"));
        assertEquals("vr 6 mrt, aan Globex", fact(panel, "commitment"));
        assertEquals("vr 13 mrt, 5 werkdagen na de toezegging", fact(panel, "forecast"));
        assertEquals("Nog geen ETA", fact(panel, "eta"));
        assertEquals("1, geteld als 8 u", fact(panel, "unestimated"));
        assertEquals("Beoordeeld op ma 2 mrt.", panel.selectFirst(".promisedesk-overcommit__footnote").text());
    }

    @Test
    public void scenarioOps7_showsCommitmentEtaAndForecastWithDistances() {
        Document panel = ops7(Locale.ENGLISH);

        assertEquals("Fri 6 Mar, to Globex", fact(panel, "commitment"));
        assertEquals("No ETA yet", fact(panel, "eta"));
        assertEquals("Fri 13 Mar, 5 working days after the commitment", fact(panel, "forecast"));
        assertEquals("Assessed on Mon 2 Mar.", panel.selectFirst(".promisedesk-overcommit__footnote").text());
    }

    @Test
    public void scenarioOps12_isOkWithEtaAndForecastBeforeTheCommitment() {
        Document panel = render(committed(platformTeam(), platformIssues(), TODAY, "OPS-12", 0), Locale.ENGLISH, TODAY);

        assertEquals("promisedesk-level promisedesk-level--ok", panel.selectFirst("p.promisedesk-level").className());
        assertEquals("OK", panel.selectFirst(".promisedesk-level__name").text());
        assertEquals("Fri 20 Mar, to ACME", fact(panel, "commitment"));
        assertEquals("Wed 18 Mar, 2 working days before the commitment", fact(panel, "eta"));
        assertEquals("Tue 17 Mar, 3 working days before the commitment", fact(panel, "forecast"));
        assertEquals("104 h", fact(panel, "workDue"));
        assertEquals("140 h", fact(panel, "capacity"));
        assertEquals("74.2%", fact(panel, "load"));
        assertEquals("2", fact(panel, "otherAtRisk"));
    }

    @Test
    public void loadBetweenThresholds_isAWarning() {
        Document panel = oneIssueDueFriday(anIssue("A-1").remaining(36).committedTo("2026-03-06").build());

        assertEquals("promisedesk-level promisedesk-level--warning", panel.selectFirst("p.promisedesk-level").className());
        assertEquals("Warning", panel.selectFirst(".promisedesk-level__name").text());
        assertEquals("The work due by Fri 6 Mar nearly fills the capacity of the team until then.",
                panel.selectFirst(".promisedesk-level__verdict").text());
        assertEquals("90%", fact(panel, "load"));
    }

    /** The level's word is an AUI lozenge in the level's colour, as Jira shows statuses; the words stay the same. */
    @Test
    public void levelName_isAnAuiLozenge_greenOkAmberWarningRedOvercommitted() {
        Element ok = render(committed(platformTeam(), platformIssues(), TODAY, "OPS-12", 0), Locale.ENGLISH, TODAY)
                .selectFirst(".promisedesk-level__name");
        Element warning = oneIssueDueFriday(anIssue("A-1").remaining(36).committedTo("2026-03-06").build())
                .selectFirst(".promisedesk-level__name");
        Element overcommitted = ops7(Locale.ENGLISH).selectFirst(".promisedesk-level__name");

        assertEquals("promisedesk-level__name aui-lozenge aui-lozenge-success", ok.className());
        assertEquals("promisedesk-level__name aui-lozenge aui-lozenge-moved", warning.className());
        assertEquals("promisedesk-level__name aui-lozenge aui-lozenge-removed", overcommitted.className());
        assertEquals("strong", overcommitted.tagName());
        assertEquals(List.of("OK", "Warning", "Overcommitted"), List.of(ok.text(), warning.text(), overcommitted.text()));
    }

    @Test
    public void loadJustBelowTheWarningThreshold_neverShowsTheThreshold() {
        // 33.999 / 40 = 0.849975: OK, and rounding half up would have shown the threshold itself, 85%.
        Document panel = oneIssueDueFriday(anIssue("A-1").remaining(33.999).committedTo("2026-03-06").build());

        assertEquals("OK", panel.selectFirst(".promisedesk-level__name").text());
        assertEquals("84.9%", fact(panel, "load"));
    }

    @Test
    public void etaAfterTheCommitment_showsTheWorkingDaysAfter() {
        Document panel = oneIssueDueFriday(anIssue("A-1").remaining(4).committedTo("2026-03-06").eta("2026-03-11").build());

        assertEquals("Wed 11 Mar, 3 working days after the commitment", fact(panel, "eta"));
    }

    @Test
    public void etaOneWorkingDayAfter_isSingular() {
        Document panel = oneIssueDueFriday(anIssue("A-1").remaining(4).committedTo("2026-03-06").eta("2026-03-09").build());

        assertEquals("Mon 9 Mar, 1 working day after the commitment", fact(panel, "eta"));
    }

    @Test
    public void etaOnTheWeekendAfter_isAfterWithoutANumber() {
        Document panel = oneIssueDueFriday(anIssue("A-1").remaining(4).committedTo("2026-03-06").eta("2026-03-07").build());

        assertEquals("Sat 7 Mar, after the commitment", fact(panel, "eta"));
    }

    @Test
    public void etaOnTheCommitmentDate_saysSo() {
        Document panel = oneIssueDueFriday(anIssue("A-1").remaining(4).committedTo("2026-03-06").eta("2026-03-06").build());

        assertEquals("Fri 6 Mar, on the commitment date", fact(panel, "eta"));
    }

    @Test
    public void commitmentWithoutCustomer_saysTheCustomerIsUnknown() {
        Document panel = oneIssueDueFriday(anIssue("A-1").remaining(4).committedTo("2026-03-06", null).build());

        assertEquals("Fri 6 Mar, customer unknown", fact(panel, "commitment"));
    }

    @Test
    public void teamWithoutCapacity_showsNoCapacityLeftAndNoForecast() {
        Team team = aTeam().withMember("anna", 0).build();
        WorkItem item = anIssue("A-1").remaining(10).committedTo("2026-03-06").build();

        Document panel = render(committed(team, List.of(item), MONDAY, "A-1", 0), Locale.ENGLISH, MONDAY);

        assertEquals("Overcommitted", panel.selectFirst(".promisedesk-level__name").text());
        assertEquals("0 h", fact(panel, "capacity"));
        assertEquals("No capacity left", fact(panel, "load"));
        assertEquals("Not within 5 years", fact(panel, "forecast"));
    }

    @Test
    public void teamWithoutCapacityInDutch_saysSoInDutch() {
        Team team = aTeam().withMember("anna", 0).build();
        WorkItem item = anIssue("A-1").remaining(10).committedTo("2026-03-06").build();

        Document panel = render(committed(team, List.of(item), MONDAY, "A-1", 0), DUTCH, MONDAY);

        assertEquals("Geen capaciteit meer", fact(panel, "load"));
        assertEquals("Niet binnen 5 jaar", fact(panel, "forecast"));
    }

    @Test
    public void commitmentDateInThePast_isMarkedPassed() {
        Team team = aTeam().withMember("anna", 40).build();
        LocalDate nextMonday = LocalDate.parse("2026-03-09");
        WorkItem item = anIssue("A-1").remaining(4).committedTo("2026-03-06").build();

        Document panel = render(committed(team, List.of(item), nextMonday, "A-1", 0), Locale.ENGLISH, nextMonday);

        assertEquals("Fri 6 Mar (passed), to ACME", fact(panel, "commitment"));
        assertEquals("No capacity left", fact(panel, "load"));
    }

    @Test
    public void contributors_linkToTheirIssuesWithSummaryAndRemainingHours() {
        Document panel = ops7(Locale.ENGLISH);

        assertEquals("Most work due by Fri 6 Mar", panel.selectFirst("h4").text());
        List<Element> items = panel.select("ol.promisedesk-contributors > li");
        assertEquals(2, items.size());
        Element first = items.get(0);
        assertEquals("https://jira.example.com/browse/OPS-7", first.selectFirst("a").attr("href"));
        assertEquals("OPS-7", first.selectFirst("a").text());
        assertEquals("Work on OPS-7", first.selectFirst(".promisedesk-contributor__summary").text());
        assertEquals("80 h", first.selectFirst(".promisedesk-contributor__remaining").text());
        Element second = items.get(1);
        assertEquals("https://jira.example.com/browse/OPS-9", second.selectFirst("a").attr("href"));
        assertEquals("8 h, not estimated", second.selectFirst(".promisedesk-contributor__remaining").text());
    }

    @Test
    public void contributors_markTheIssueItselfInWords() {
        Document panel = ops7(Locale.ENGLISH);

        List<Element> items = panel.select("ol.promisedesk-contributors > li");
        assertEquals("promisedesk-contributor promisedesk-contributor--current", items.get(0).className());
        assertEquals("(this issue)", items.get(0).selectFirst(".promisedesk-contributor__marker").text());
        assertEquals("promisedesk-contributor", items.get(1).className());
        assertNull(items.get(1).selectFirst(".promisedesk-contributor__marker"));
    }

    @Test
    public void contributors_areAtMostFiveOfTheLargest() {
        Team team = aTeam().withMember("anna", 40).build();
        List<WorkItem> items = List.of(
                anIssue("A-1").remaining(1).committedTo("2026-03-06").build(),
                anIssue("A-2").remaining(7).committedTo("2026-03-06").build(),
                anIssue("A-3").remaining(3).committedTo("2026-03-06").build(),
                anIssue("A-4").remaining(6).committedTo("2026-03-06").build(),
                anIssue("A-5").remaining(5).committedTo("2026-03-06").build(),
                anIssue("A-6").remaining(4).committedTo("2026-03-06").build());

        Document panel = render(committed(team, items, MONDAY, "A-1", 0), Locale.ENGLISH, MONDAY);

        assertEquals(List.of("A-2", "A-4", "A-5", "A-6", "A-3"),
                panel.select("ol.promisedesk-contributors a").eachText());
    }

    @Test
    public void issueWithNothingLeftToDo_listsNoContributors() {
        Document panel = oneIssueDueFriday(anIssue("A-1").remaining(0).committedTo("2026-03-06").build());

        assertNull(panel.selectFirst("ol.promisedesk-contributors"));
        assertNull(panel.selectFirst("h4"));
        assertEquals("0%", fact(panel, "load"));
    }
}
