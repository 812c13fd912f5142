package io.promisedesk.admin;

import io.promisedesk.common.Require;
import io.promisedesk.health.AreaResult;
import io.promisedesk.health.Finding;
import io.promisedesk.health.HealthReport;
import io.promisedesk.health.Verdict;
import io.promisedesk.language.MessageRenderer;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the context of {@code templates/admin/health.vm}: the health check's verdict over all, then each area with
 * its lines, each line's verdict in words, what was found, what to do about it and its detail (a JQL, a table).
 */
public final class HealthView {
    public static final String TEMPLATE = "templates/admin/health.vm";
    private static final DateTimeFormatter CHECKED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT);

    private final AdminLinks links;

    public HealthView(String baseUrl) {
        this.links = new AdminLinks(baseUrl);
    }

    public Map<String, Object> context(HealthReport report, Locale locale) {
        Require.present(report, "report");
        MessageRenderer texts = new MessageRenderer(Require.present(locale, "locale"));
        Map<String, Object> context = AdminContext.common(texts, links);
        context.put("heading", texts.render("promisedesk.admin.health.heading"));
        context.put("intro", texts.render("promisedesk.admin.health.intro"));
        Verdict verdict = report.verdict();
        context.put("verdictClass", verdict.id());
        context.put("verdict", texts.render(verdict.wordKey()));
        context.put("summary", summary(report, texts));
        context.put("checkedAt", texts.render("promisedesk.admin.health.checkedAt", CHECKED_AT.format(report.checkedAt())));
        context.put("againHref", links.health());
        context.put("againText", texts.render("promisedesk.admin.health.again"));
        List<Map<String, Object>> areas = new ArrayList<>();
        report.areas().forEach(area -> areas.add(area(area, texts)));
        context.put("areas", areas);
        return context;
    }

    private static String summary(HealthReport report, MessageRenderer texts) {
        return switch (report.verdict()) {
            case GREEN -> texts.render("promisedesk.admin.health.summary.green");
            case AMBER -> texts.render("promisedesk.admin.health.summary.amber", report.count(Verdict.AMBER));
            case RED -> texts.render("promisedesk.admin.health.summary.red", report.count(Verdict.RED),
                    report.count(Verdict.AMBER));
        };
    }

    private static Map<String, Object> area(AreaResult result, MessageRenderer texts) {
        Map<String, Object> area = new LinkedHashMap<>();
        area.put("id", result.area().id());
        area.put("title", texts.render(result.area().titleKey()));
        area.put("verdictClass", result.verdict().id());
        area.put("verdict", texts.render(result.verdict().wordKey()));
        area.put("took", texts.render("promisedesk.admin.health.took", result.took().toMillis()));
        List<Map<String, Object>> findings = new ArrayList<>();
        result.findings().forEach(finding -> findings.add(finding(finding, texts)));
        area.put("findings", findings);
        return area;
    }

    private static Map<String, Object> finding(Finding finding, MessageRenderer texts) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("verdictClass", finding.verdict().id());
        line.put("verdict", texts.render(finding.verdict().wordKey()));
        line.put("text", texts.render(finding.text()));
        line.put("hasAdvice", finding.advice().isPresent());
        line.put("advice", finding.advice().map(texts::render).orElse(""));
        line.put("hasDetail", finding.detail().isPresent());
        line.put("detail", finding.detail().orElse(""));
        return line;
    }
}
