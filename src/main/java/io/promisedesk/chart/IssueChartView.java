package io.promisedesk.chart;

import io.promisedesk.common.Require;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.work.IssueKey;
import io.promisedesk.workload.VisibleAssessment;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The workload chart's detail page of one issue, opened from its overcommit panel: the context of
 * {@code templates/chart/issue-chart.vm} (heading and the way back to the issue) and of the chart itself with the
 * issue's commitment date marked.
 */
public final class IssueChartView {
    public static final String TEMPLATE = "templates/chart/issue-chart.vm";
    /** How far ahead the detail page's chart looks. */
    public static final int WEEKS = 4;

    private static final Pattern BASE_URL = Pattern.compile("(https?://[^\\s\"'<>]+|/[^\\s\"'<>]*)?");

    private final String baseUrl;
    private final WorkloadChartView chart = new WorkloadChartView();

    /** {@code baseUrl} is Jira's, absolute ({@code https://jira.example.com}) or a context path ({@code /jira}). */
    public IssueChartView(String baseUrl) {
        Require.present(baseUrl, "baseUrl");
        if (!BASE_URL.matcher(baseUrl).matches()) {
            throw new IllegalArgumentException("baseUrl must be an http(s) URL or a path starting with /, was \""
                    + baseUrl + "\"");
        }
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The page's heading and link back to the issue. */
    public Map<String, Object> page(VisibleAssessment assessment, IssueKey issue, Locale locale) {
        Require.present(assessment, "assessment");
        Require.present(issue, "issue");
        MessageRenderer texts = new MessageRenderer(Require.present(locale, "locale"));
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("heading", texts.render("promisedesk.chart.page.heading", assessment.team().name(), issue.toString()));
        // Issue keys are validated (PROJECT-123), so the path needs no encoding.
        context.put("backHref", baseUrl + "/browse/" + issue);
        context.put("backText", texts.render("promisedesk.chart.page.back", issue.toString()));
        return context;
    }

    /**
     * The chart of the team's coming weeks with the issue's commitment date marked, when it is committed; points only
     * where the reader may browse a commitment ({@link WorkloadChartView}).
     */
    public Map<String, Object> chart(VisibleAssessment assessment, IssueKey issue, Locale locale) {
        Require.present(assessment, "assessment");
        return chart.context(assessment, Optional.of(Require.present(issue, "issue")), locale, assessment.today(), WEEKS);
    }
}
