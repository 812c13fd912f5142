package io.promisedesk.jira.rest;

import io.promisedesk.health.AreaResult;
import io.promisedesk.health.Finding;
import io.promisedesk.health.HealthReport;
import io.promisedesk.language.MessageRenderer;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** A health report as JSON: verdicts as {@code green}/{@code amber}/{@code red}, texts in the caller's language. */
final class HealthJson {
    private HealthJson() {
    }

    static Map<String, Object> report(HealthReport report, MessageRenderer texts) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("verdict", report.verdict().id());
        json.put("checkedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(report.checkedAt()));
        json.put("areas", report.areas().stream().map(area -> area(area, texts)).toList());
        return json;
    }

    private static Map<String, Object> area(AreaResult result, MessageRenderer texts) {
        Map<String, Object> area = new LinkedHashMap<>();
        area.put("area", result.area().id());
        area.put("title", texts.render(result.area().titleKey()));
        area.put("verdict", result.verdict().id());
        area.put("millis", result.took().toMillis());
        area.put("findings", result.findings().stream().map(finding -> finding(finding, texts)).toList());
        return area;
    }

    private static Map<String, Object> finding(Finding finding, MessageRenderer texts) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("verdict", finding.verdict().id());
        line.put("text", texts.render(finding.text()));
        finding.advice().ifPresent(advice -> line.put("advice", texts.render(advice)));
        finding.detail().ifPresent(detail -> line.put("detail", detail));
        return line;
    }
}
