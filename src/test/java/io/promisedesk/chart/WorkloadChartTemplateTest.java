package io.promisedesk.chart;

import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.rendering.TemplateSourceRules;
import io.promisedesk.rendering.XssCorpus;

import org.junit.Test;
import org.w3c.dom.Document;

import java.util.List;
import java.util.Locale;

import static io.promisedesk.chart.ChartRendering.DUTCH;
import static io.promisedesk.chart.ChartRendering.context;
import static io.promisedesk.chart.ChartRendering.count;
import static io.promisedesk.chart.ChartRendering.html;
import static io.promisedesk.chart.ChartRendering.svg;
import static io.promisedesk.chart.ChartRendering.team;
import static io.promisedesk.chart.ChartRendering.text;
import static io.promisedesk.chart.ChartRendering.threeDates;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The chart as Jira renders it: well-formed SVG labelled for screen readers, readable without colour, inert. */
public class WorkloadChartTemplateTest {
    private static final String POINTS = "//*[local-name()='g'][contains(@class,'promisedesk-chart__point ')]";
    /** Team names are at most 255 characters. */
    private static final int NAME_LENGTH = 255;

    @Test
    public void chart_isWellFormedSvgLabelledByItsTitleAndDescription() {
        Document svg = svg(html(context(team("Ops"), threeDates(), "A-2", Locale.ENGLISH, 1)));

        assertEquals("img", text(svg, "/*/@role"));
        assertEquals("promisedesk-chart-platform-title promisedesk-chart-platform-desc", text(svg, "/*/@aria-labelledby"));
        assertEquals("Workload of Ops, next week", text(svg, "//*[@id='promisedesk-chart-platform-title']"));
        assertTrue(text(svg, "//*[@id='promisedesk-chart-platform-desc']").startsWith("Load of the team at 3"));
    }

    @Test
    public void points_areDrawnWithAStemAndAShapePerLevel() {
        Document svg = svg(html(context(team("Ops"), threeDates(), null, Locale.ENGLISH, 1)));

        assertEquals(3, count(svg, POINTS));
        assertEquals("360.0", text(svg, "(" + POINTS + ")[2]/*[local-name()='line']/@x1"));
        assertEquals("150.0", text(svg, "(" + POINTS + ")[2]/*[local-name()='line']/@y2"));
        assertEquals("M360.0 144.0 L366.0 155.0 L354.0 155.0 Z", text(svg, "(" + POINTS + ")[2]/*[local-name()='path']/@d"));
        assertEquals("Fri 6 Mar: 90%, Warning", text(svg, "(" + POINTS + ")[2]/*[local-name()='title']"));
    }

    @Test
    public void thresholdLines_differByDashPatternAndWords() {
        Document svg = svg(html(context(team("Ops"), threeDates(), null, Locale.ENGLISH, 1)));

        String warn = "//*[contains(@class,'promisedesk-chart__threshold--warn')]";
        String critical = "//*[contains(@class,'promisedesk-chart__threshold--critical')]";
        assertEquals("155.0", text(svg, warn + "/*[local-name()='line']/@y1"));
        assertEquals("6 4", text(svg, warn + "/*[local-name()='line']/@stroke-dasharray"));
        assertEquals("Warning from 85%", text(svg, warn + "/*[local-name()='text']"));
        assertEquals("140.0", text(svg, critical + "/*[local-name()='line']/@y1"));
        assertEquals("", text(svg, critical + "/*[local-name()='line']/@stroke-dasharray"));
        assertEquals("Overcommitted from 100%", text(svg, critical + "/*[local-name()='text']"));
    }

    @Test
    public void highlightedDate_isMarkedInTheChartAndTheTable() {
        String html = html(context(team("Ops"), threeDates(), "A-2", Locale.ENGLISH, 1));
        Document svg = svg(html);

        assertEquals("360.0", text(svg, "//*[@class='promisedesk-chart__highlight']/*[local-name()='line']/@x1"));
        assertEquals("This issue: Fri 6 Mar", text(svg, "//*[@class='promisedesk-chart__highlight']/*[local-name()='text']"));
        assertEquals("Fri 6 Mar (this issue)", JiraLikeVelocity.parse(html)
                .selectFirst("tr.promisedesk-chart__row--highlighted th").text());
    }

    @Test
    public void dataTable_listsDateLoadAndLevelPerPoint() {
        org.jsoup.nodes.Document page = JiraLikeVelocity.parse(html(context(team("Ops"), threeDates(), null, DUTCH, 1)));

        assertEquals("Belasting per toezegdatum", page.selectFirst("table caption").text());
        assertEquals(List.of("wo 4 mrt 83,3% OK", "vr 6 mrt 90% Waarschuwing", "ma 9 mrt 104,1% Overbelast"),
                page.select("tbody tr").eachText());
    }

    @Test
    public void dataTable_isAnAuiTable() {
        org.jsoup.nodes.Document page = JiraLikeVelocity.parse(html(context(team("Ops"), threeDates(), null, DUTCH, 1)));

        assertTrue("an AUI table", page.selectFirst("table.promisedesk-chart__data").hasClass("aui"));
    }

    @Test
    public void emptyQueue_rendersTheMessageInTheChartAndNoTable() {
        String html = html(context(team("Ops"), List.of(), null, Locale.ENGLISH, 1));
        Document svg = svg(html);

        assertEquals(0, count(svg, POINTS));
        assertEquals("Nothing committed from Mon 2 Mar to Mon 9 Mar.",
                text(svg, "//*[@class='promisedesk-chart__empty']"));
        assertEquals(0, JiraLikeVelocity.parse(html).select("table").size());
    }

    @Test
    public void hostileTeamName_staysText() {
        int elements = count(svg(html(context(team("Ops"), threeDates(), "A-2", Locale.ENGLISH, 1))), "//*");
        for (String payload : XssCorpus.payloads(NAME_LENGTH)) {
            Document svg = svg(html(context(team(payload), threeDates(), "A-2", Locale.ENGLISH, 1)));

            assertEquals("elements with " + payload, elements, count(svg, "//*"));
            assertEquals(0, count(svg, "//*[local-name()='script' or local-name()='foreignObject'"
                    + " or local-name()='a' or local-name()='image' or local-name()='use']"));
            assertEquals(0, count(svg, "//@*[starts-with(local-name(),'on') or local-name()='style' or local-name()='href']"));
            assertEquals("Workload of " + payload + ", next week",
                    text(svg, "//*[@id='promisedesk-chart-platform-title']"));
        }
    }

    @Test
    public void template_keepsTheSourceRules_andWalksItsPoints() {
        assertEquals(List.of(), TemplateSourceRules.problems(WorkloadChartView.TEMPLATE));
        assertTrue(TemplateSourceRules.source(WorkloadChartView.TEMPLATE).contains("#foreach($point in $points)"));
    }
}
