package io.promisedesk.chart;

import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.team.Team;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.TeamAssessment;
import io.promisedesk.workload.VisibleAssessment;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import static io.promisedesk.fixtures.TeamBuilder.aTeam;
import static io.promisedesk.fixtures.WorkItemBuilder.anIssue;

/**
 * A small team worked out by hand, and the chart rendered the way Jira will, its SVG read back with the JDK's XML
 * parser: anna works 8 h a day Monday to Friday, warn 85%, critical 100%, today Monday 2 March 2026.
 */
final class ChartRendering {
    static final LocalDate MONDAY = LocalDate.parse("2026-03-02");
    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private ChartRendering() {
    }

    static Team team(String name) {
        return aTeam().name(name).withMember("anna", 40).build();
    }

    /**
     * Wed 4 Mar: 20 h over 24 h, 83.3%, OK; Fri 6 Mar: 36 h over 40 h, 90%, warning; Mon 9 Mar: 50 h over 48 h,
     * 104.2%, overcommitted; Tue 10 Mar lies after a one-week window.
     */
    static List<WorkItem> threeDates() {
        return List.of(
                anIssue("A-1").remaining(20).committedTo("2026-03-04").build(),
                anIssue("A-2").remaining(16).committedTo("2026-03-06").build(),
                anIssue("A-3").remaining(14).committedTo("2026-03-09").build(),
                anIssue("A-4").remaining(1).committedTo("2026-03-10").build());
    }

    static Map<String, Object> context(Team team, List<WorkItem> items, String highlighted, Locale locale, int weeks) {
        VisibleAssessment assessment = TeamAssessment.assess(team, items, MONDAY).visibleTo(issue -> true);
        return new WorkloadChartView().context(assessment, Optional.ofNullable(highlighted).map(IssueKey::parse),
                locale, MONDAY, weeks);
    }

    static String html(Map<String, Object> context) {
        return JiraLikeVelocity.render(WorkloadChartView.TEMPLATE, context);
    }

    /** The rendered figure's svg element alone, as a standalone XML document: it fails unless well formed. */
    static Document svg(String html) {
        int start = html.indexOf("<svg");
        int end = html.indexOf("</svg>") + "</svg>".length();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html.substring(start, end))));
        } catch (Exception e) {
            throw new AssertionError("the chart is not well-formed XML: " + e.getMessage() + "\n" + html, e);
        }
    }

    static String text(Document svg, String xpath) {
        try {
            return (String) XPathFactory.newInstance().newXPath().evaluate(xpath, svg, XPathConstants.STRING);
        } catch (Exception e) {
            throw new AssertionError(xpath, e);
        }
    }

    static int count(Document svg, String xpath) {
        return ((Double) evaluateNumber(svg, "count(" + xpath + ")")).intValue();
    }

    private static Object evaluateNumber(Document svg, String xpath) {
        try {
            return XPathFactory.newInstance().newXPath().evaluate(xpath, svg, XPathConstants.NUMBER);
        } catch (Exception e) {
            throw new AssertionError(xpath, e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> context, String key) {
        return (List<Map<String, Object>>) context.get(key);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> context, String key) {
        return (Map<String, Object>) context.get(key);
    }
}
