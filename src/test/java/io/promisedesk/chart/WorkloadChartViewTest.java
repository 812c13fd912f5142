package io.promisedesk.chart;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.rendering.RenderedHtml;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.TeamAssessment;
import io.promisedesk.workload.VisibleAssessment;

import org.junit.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static io.promisedesk.chart.ChartRendering.DUTCH;
import static io.promisedesk.chart.ChartRendering.MONDAY;
import static io.promisedesk.chart.ChartRendering.context;
import static io.promisedesk.chart.ChartRendering.list;
import static io.promisedesk.chart.ChartRendering.map;
import static io.promisedesk.chart.ChartRendering.team;
import static io.promisedesk.chart.ChartRendering.threeDates;
import static io.promisedesk.fixtures.WorkItemBuilder.anIssue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Coordinates worked out by hand: one week is 392 px from x 136, so 56 px a day; 0% to 200% is y 240 to 40. */
public class WorkloadChartViewTest {

    @Test
    public void pointsOfTheWindow_sitAtTheirDateAndLoad() {
        Map<String, Object> context = context(team("Ops"), threeDates(), null, Locale.ENGLISH, 1);

        List<Map<String, Object>> points = list(context, "points");

        assertEquals(3, points.size());
        assertPoint(points.get(0), "248.0", "156.7", "ok");
        assertPoint(points.get(1), "360.0", "150.0", "warning");
        assertPoint(points.get(2), "528.0", "135.8", "overcommitted");
        assertEquals("Wed 4 Mar: 83.3%, OK", points.get(0).get("tooltip"));
    }

    @Test
    public void thresholdLines_sitAtWarnAndCritical_dashedAndSolid() {
        Map<String, Object> context = context(team("Ops"), threeDates(), null, Locale.ENGLISH, 1);

        List<Map<String, Object>> lines = list(context, "thresholds");

        assertEquals(List.of("warn", "155.0", true, "Warning from 85%"), List.of(lines.get(0).get("name"),
                lines.get(0).get("y"), lines.get(0).get("dashed"), lines.get(0).get("label")));
        assertEquals(List.of("critical", "140.0", false, "Overcommitted from 100%"), List.of(lines.get(1).get("name"),
                lines.get(1).get("y"), lines.get(1).get("dashed"), lines.get(1).get("label")));
    }

    @Test
    public void axes_labelWeeksWithDatesAndTheScaleWithPercentages() {
        Map<String, Object> context = context(team("Ops"), threeDates(), null, Locale.ENGLISH, 1);

        assertEquals(List.of("Mon 2 Mar", "Mon 9 Mar"), list(context, "xTicks").stream().map(tick -> tick.get("label")).toList());
        assertEquals(List.of("136.0", "528.0"), list(context, "xTicks").stream().map(tick -> tick.get("x")).toList());
        assertEquals(List.of("0%", "50%", "100%", "150%", "200%"),
                list(context, "yTicks").stream().map(tick -> tick.get("label")).toList());
        assertEquals(List.of("240.0", "190.0", "140.0", "90.0", "40.0"),
                list(context, "yTicks").stream().map(tick -> tick.get("y")).toList());
    }

    @Test
    public void highlightedIssue_marksItsCommitmentDate() {
        Map<String, Object> context = context(team("Ops"), threeDates(), "A-2", Locale.ENGLISH, 1);

        assertEquals(true, context.get("hasHighlight"));
        assertEquals("360.0", map(context, "highlight").get("x"));
        assertEquals("This issue: Fri 6 Mar", map(context, "highlight").get("label"));
        assertEquals(List.of(false, true, false), list(context, "points").stream().map(p -> p.get("highlighted")).toList());
    }

    @Test
    public void highlightedIssueAfterTheWindow_isNotMarked() {
        Map<String, Object> context = context(team("Ops"), threeDates(), "A-4", Locale.ENGLISH, 1);

        assertEquals(false, context.get("hasHighlight"));
        assertFalse(context.containsKey("highlight"));
    }

    @Test
    public void datesAfterTheWindow_areLeftOut_andALongerWindowTakesThem() {
        assertEquals(3, list(context(team("Ops"), threeDates(), null, Locale.ENGLISH, 1), "points").size());
        assertEquals(4, list(context(team("Ops"), threeDates(), null, Locale.ENGLISH, 2), "points").size());
    }

    @Test
    public void pastCommitmentDates_becomeOneOverduePointLeftOfToday_clippedWithoutCapacity() {
        Map<String, Object> context = context(team("Ops"), List.of(
                anIssue("A-1").remaining(4).committedTo("2026-02-25").build(),
                anIssue("A-2").remaining(4).committedTo("2026-02-27").build(),
                anIssue("A-3").remaining(4).committedTo("2026-03-04").build()), null, Locale.ENGLISH, 1);

        List<Map<String, Object>> points = list(context, "points");

        assertEquals(2, points.size());
        assertPoint(points.get(0), "84.0", "40.0", "overcommitted");
        assertEquals(true, points.get(0).get("clipped"));
        assertEquals("No capacity left", points.get(0).get("value"));
        assertEquals(true, context.get("hasOverdue"));
        assertEquals("Overdue (due Fri 27 Feb or earlier)", list(map(context, "table"), "rows").get(0).get("date"));
    }

    @Test
    public void aDateOnlyHiddenIssuesAreCommittedFor_getsNoPoint_butTheLoadsStayTheTeams() {
        Map<String, Object> all = context(team("Ops"), threeDates(), null, Locale.ENGLISH, 1);
        Map<String, Object> context = new WorkloadChartView().context(TeamAssessment.assess(team("Ops"), threeDates(),
                MONDAY).visibleTo(issue -> !issue.toString().equals("A-2")), Optional.empty(), Locale.ENGLISH, MONDAY, 1);

        List<Map<String, Object>> points = list(context, "points");

        assertEquals(2, points.size());
        assertEquals(list(all, "points").get(0), points.get(0));
        assertEquals(list(all, "points").get(2), points.get(1));
        assertEquals(2, list(map(context, "table"), "rows").size());
        assertTrue((String) context.get("description"),
                ((String) context.get("description")).startsWith("Load of the team at 2 commitment dates"));
    }

    @Test
    public void anOverdueHiddenIssue_drawsNoOverduePoint() {
        List<WorkItem> items = List.of(anIssue("A-1").remaining(4).committedTo("2026-02-27").build(),
                anIssue("A-3").remaining(4).committedTo("2026-03-04").build());

        Map<String, Object> context = new WorkloadChartView().context(TeamAssessment.assess(team("Ops"), items, MONDAY)
                .visibleTo(issue -> !issue.toString().equals("A-1")), Optional.empty(), Locale.ENGLISH, MONDAY, 1);

        assertEquals(false, context.get("hasOverdue"));
        assertEquals(1, list(context, "points").size());
    }

    @Test
    public void loadFarAboveCritical_isClippedToTheTopWithItsValue() {
        Map<String, Object> context = context(team("Ops"), List.of(
                anIssue("A-1").remaining(100).committedTo("2026-03-02").build()), null, Locale.ENGLISH, 1);

        Map<String, Object> point = list(context, "points").get(0);

        assertEquals("40.0", point.get("y"));
        assertEquals(true, point.get("clipped"));
        assertEquals("1,250%", point.get("value"));
        assertEquals("400%", list(context, "yTicks").get(4).get("label"));
    }

    @Test
    public void emptyQueue_saysNothingIsCommitted() {
        Map<String, Object> context = context(team("Ops"), List.of(), null, Locale.ENGLISH, 2);

        assertEquals(true, context.get("empty"));
        assertEquals(List.of(), context.get("points"));
        assertEquals("Nothing committed from Mon 2 Mar to Mon 16 Mar.", context.get("emptyMessage"));
        assertEquals("Nothing committed from Mon 2 Mar to Mon 16 Mar.", context.get("description"));
        assertEquals(false, map(context, "table").get("hasRows"));
    }

    @Test
    public void titleAndDescription_sayWhatTheChartShows() {
        Map<String, Object> context = context(team("Ops"), threeDates(), "A-1", Locale.ENGLISH, 1);

        assertEquals("Workload of Ops, next week", context.get("title"));
        assertEquals("Load of the team at 3 commitment dates until Mon 9 Mar. Highest load: Mon 9 Mar, 104.1%"
                + " (Overcommitted). Warning from 85%, overcommitted from 100%. This issue: Wed 4 Mar.",
                context.get("description"));
    }

    @Test
    public void dutchReader_getsDutchLabels() {
        Map<String, Object> context = context(team("Ops"), threeDates(), "A-2", DUTCH, 3);

        assertEquals("Werklast van Ops, komende 3 weken", context.get("title"));
        assertEquals("Waarschuwing vanaf 85%", list(context, "thresholds").get(0).get("label"));
        assertEquals("Overbelast vanaf 100%", list(context, "thresholds").get(1).get("label"));
        assertEquals("Dit issue: vr 6 mrt", map(context, "highlight").get("label"));
        assertEquals("wo 4 mrt: 83,3%, OK", list(context, "points").get(0).get("tooltip"));
        assertEquals("Waarschuwing", list(map(context, "table"), "rows").get(1).get("level"));
    }

    @Test
    public void coordinates_useAPointWhateverTheLanguage() {
        Map<String, Object> context = context(team("Ops"), threeDates(), null, DUTCH, 1);

        assertEquals("156.7", list(context, "points").get(0).get("y"));
        assertTrue((String) list(context, "points").get(0).get("marker"), ((String) list(context, "points").get(0)
                .get("marker")).startsWith("M243.0 156.7 "));
    }

    @Test
    public void context_holdsOnlyPlainJdkValues() {
        RenderedHtml.assertPlainContext(context(team("Ops"), threeDates(), "A-2", Locale.ENGLISH, 1));
        RenderedHtml.assertPlainContext(context(team("Ops"), List.of(), null, Locale.ENGLISH, 1));
    }

    @Test
    public void weeksOutsideOneToTwentySix_areRefused() {
        VisibleAssessment assessment = TeamAssessment.assess(team("Ops"), List.of(), MONDAY).visibleTo(issue -> true);

        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> new WorkloadChartView().context(assessment, Optional.empty(), Locale.ENGLISH, MONDAY, 27));

        assertEquals("weeks: must be >= 1 and <= 26, was 27", refused.getMessage());
        assertEquals("promisedesk.chart.error.weeks", refused.i18nKey());
        assertThrows(InvalidValueException.class,
                () -> new WorkloadChartView().context(assessment, Optional.empty(), Locale.ENGLISH, MONDAY, 0));
    }

    @Test
    public void todayOtherThanTheAssessedDay_isRefused() {
        VisibleAssessment assessment = TeamAssessment.assess(team("Ops"), List.of(), MONDAY).visibleTo(issue -> true);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new WorkloadChartView()
                .context(assessment, Optional.empty(), Locale.ENGLISH, MONDAY.plusDays(1), 1));

        assertEquals("today 2026-03-03 must be the day the team was assessed on, 2026-03-02", refused.getMessage());
    }

    private static void assertPoint(Map<String, Object> point, String x, String y, String modifier) {
        assertEquals(List.of(x, y, modifier), List.of(point.get("x"), point.get("y"), point.get("modifier")));
    }
}
