package io.promisedesk.sales;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.common.Require;
import io.promisedesk.language.SalesRisk;
import io.promisedesk.language.SalesSentence;
import io.promisedesk.language.StatusPhraseMapping;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.TeamAssessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One issue's sales view cut down to what a read-only status link may show anyone who holds it: the key and
 * summary, the plain-language status, the ETA, the promised date and the risk. Built from the same words and sentence
 * as {@link SalesIssueView}, from an even shorter list: no note, no customer link, no link into Jira, and (as in the
 * sales view) never the assignee, the remaining work or the reasons of ETA changes.
 */
public final class EtaOnlyView {
    public static final String TEMPLATE = "templates/statuslink/status-page.vm";

    /**
     * The context for {@code item} of the team {@code assessment} judged, its phrase from {@code mapping}, read in
     * {@code locale} on {@code today} in the team's time zone.
     */
    public Map<String, Object> context(WorkItem item, TeamAssessment assessment, StatusPhraseMapping mapping,
                                       Locale locale, LocalDate today) {
        Require.present(item, "item");
        Require.present(assessment, "assessment");
        Require.present(mapping, "mapping");
        Require.present(today, "today");
        SalesWords words = new SalesWords(Require.present(locale, "locale"));
        Optional<SalesRisk> risk = assessment.verdictFor(item.key()).map(SalesRisk::of);

        Map<String, Object> context = new LinkedHashMap<>();
        context.put("language", locale.toLanguageTag());
        context.put("title", words.text("promisedesk.statusLink.page.title", item.key().toString()));
        context.put("key", item.key().toString());
        context.put("summary", item.summary());
        context.put("sentence", words.text(SalesSentence.about(item, mapping, assessment)));
        context.put("facts", facts(item, words, today));
        context.put("hasRisk", risk.isPresent());
        risk.ifPresent(known -> context.put("risk", words.risk(known)));
        context.put("riskLabel", words.text("promisedesk.sales.issue.label.risk"));
        context.put("readOnly", words.text("promisedesk.statusLink.page.readOnly"));
        return Collections.unmodifiableMap(context);
    }

    private static List<Object> facts(WorkItem item, SalesWords words, LocalDate today) {
        List<Object> facts = new ArrayList<>();
        facts.add(row("eta", words.text("promisedesk.sales.issue.label.eta"),
                item.eta().map(words::date).orElseGet(() -> words.text("promisedesk.sales.issue.eta.none"))));
        facts.add(row("commitment", words.text("promisedesk.sales.issue.label.commitment"),
                item.commitment().map(promise -> promisedFor(promise, item, words, today))
                        .orElseGet(() -> words.text("promisedesk.sales.issue.commitment.none"))));
        return List.copyOf(facts);
    }

    /** As on the sales view: a gone date matters only while the work is open. */
    private static String promisedFor(Commitment commitment, WorkItem item, SalesWords words, LocalDate today) {
        if (!item.isResolved() && commitment.date().isBefore(today)) {
            return words.text("promisedesk.sales.issue.commitment.passed", commitment.date());
        }
        return words.date(commitment.date());
    }

    private static Map<String, Object> row(String name, String label, String value) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", name);
        row.put("label", label);
        row.put("value", value);
        return Collections.unmodifiableMap(row);
    }
}
