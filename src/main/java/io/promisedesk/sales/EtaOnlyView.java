package io.promisedesk.sales;

import io.promisedesk.common.Require;
import io.promisedesk.language.SalesRisk;
import io.promisedesk.language.SalesSentence;
import io.promisedesk.language.StatusPhraseMapping;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.TeamAssessment;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
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
        context.put("facts", SalesFacts.etaAndPromise(item, words, today));
        context.put("hasRisk", risk.isPresent());
        risk.ifPresent(known -> context.put("risk", words.risk(known)));
        context.put("riskLabel", words.text("promisedesk.sales.issue.label.risk"));
        context.put("readOnly", words.text("promisedesk.statusLink.page.readOnly"));
        return Collections.unmodifiableMap(context);
    }
}
