package io.promisedesk.sales;

import io.promisedesk.common.Require;
import io.promisedesk.eta.EtaChange;
import io.promisedesk.language.SalesRisk;
import io.promisedesk.language.SalesSentence;
import io.promisedesk.language.StatusPhraseMapping;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.TeamAssessment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a read-only status link may show anyone who holds it, one issue or a list of them: each issue's key and
 * summary, the plain-language status, the ETA, the promised date and the risk, and the reasons of its ETA changes only
 * when the link's creator chose to include them. Built from the same words and sentence as {@link SalesIssueView}, from
 * an even shorter list: no note, no customer, no link into Jira, and (as in the sales view) never the assignee or the
 * remaining work.
 */
public final class EtaOnlyView {
    public static final String TEMPLATE = "templates/statuslink/status-page.vm";

    /**
     * One issue's part of a page: {@code item} of the team {@code assessment} judged, its phrase from {@code mapping},
     * read in {@code locale} on {@code today} in the team's time zone, with the {@code reasons} of its ETA changes to
     * show (empty for a link without reasons).
     */
    public Map<String, Object> issue(WorkItem item, TeamAssessment assessment, StatusPhraseMapping mapping,
                                     Locale locale, LocalDate today, List<EtaChange> reasons) {
        Require.present(item, "item");
        Require.present(assessment, "assessment");
        Require.present(mapping, "mapping");
        Require.present(today, "today");
        Require.present(reasons, "reasons");
        SalesWords words = new SalesWords(Require.present(locale, "locale"));
        Optional<SalesRisk> risk = assessment.verdictFor(item.key()).map(SalesRisk::of);

        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("key", item.key().toString());
        shown.put("summary", item.summary());
        shown.put("sentence", words.text(SalesSentence.about(item, mapping, assessment)));
        shown.put("facts", SalesFacts.etaAndPromise(item, words, today));
        shown.put("hasRisk", risk.isPresent());
        risk.ifPresent(known -> shown.put("risk", words.risk(known)));
        shown.put("riskLabel", words.text("promisedesk.sales.issue.label.risk"));
        ZoneId zone = assessment.team().timeZone();
        List<Object> changes = new ArrayList<>();
        for (EtaChange change : reasons) {
            change.reason().ifPresent(reason -> changes.add(words.text("promisedesk.statusLink.page.reason",
                    words.date(change.when().atZone(zone).toLocalDate()),
                    change.oldEta().map(words::date).orElseGet(() -> words.text("promisedesk.sales.issue.eta.none")),
                    words.date(change.newEta()), reason)));
        }
        shown.put("hasReasons", !changes.isEmpty());
        shown.put("reasons", List.copyOf(changes));
        shown.put("reasonsLabel", words.text("promisedesk.statusLink.page.reasons"));
        return Collections.unmodifiableMap(shown);
    }

    /** The page of a link to one issue, {@code issue} as {@link #issue} gave it. */
    public Map<String, Object> onePage(Map<String, Object> issue, Locale locale) {
        Require.present(issue, "issue");
        SalesWords words = new SalesWords(Require.present(locale, "locale"));
        return page(words.text("promisedesk.statusLink.page.title", issue.get("key")), true, List.of(issue), locale);
    }

    /** The page of a link to a list under {@code title}, each of {@code issues} as {@link #issue} gave it. */
    public Map<String, Object> listPage(String title, List<Map<String, Object>> issues, Locale locale) {
        return page(Require.present(title, "title"), false, Require.present(issues, "issues"), locale);
    }

    private static Map<String, Object> page(String title, boolean single, List<Map<String, Object>> issues,
                                            Locale locale) {
        SalesWords words = new SalesWords(Require.present(locale, "locale"));
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("language", locale.toLanguageTag());
        context.put("title", title);
        context.put("single", single);
        context.put("issues", List.copyOf(issues));
        context.put("hasIssues", !issues.isEmpty());
        context.put("empty", words.text("promisedesk.statusLink.page.empty"));
        context.put("readOnly", words.text("promisedesk.statusLink.page.readOnly"));
        return Collections.unmodifiableMap(context);
    }
}
