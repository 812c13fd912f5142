package io.promisedesk.panel;

import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.team.Team;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.CommitmentRisk;
import io.promisedesk.workload.TeamAssessment;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders the overcommit panel the way Jira will, for the tests of this package. */
final class PanelRendering {
    static final String BASE_URL = "https://jira.example.com";
    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private PanelRendering() {
    }

    static PanelSubject.Committed committed(Team team, List<WorkItem> items, LocalDate today, String key, int etaSlips) {
        CommitmentRisk risk = TeamAssessment.assess(team, items, today)
                .riskOf(IssueKey.parse(key), OvercommitPanelView.CONTRIBUTORS).orElseThrow();
        return new PanelSubject.Committed(team, risk, etaSlips);
    }

    static Map<String, Object> context(PanelSubject subject, Locale locale, LocalDate today) {
        return new OvercommitPanelView(BASE_URL).context(subject, locale, today);
    }

    static String html(PanelSubject subject, Locale locale, LocalDate today) {
        return JiraLikeVelocity.render(OvercommitPanelView.TEMPLATE, context(subject, locale, today));
    }

    static Document render(PanelSubject subject, Locale locale, LocalDate today) {
        return JiraLikeVelocity.parse(html(subject, locale, today));
    }

    /** The context with every link the panel can carry: the workload chart and the ETA form of {@code key}. */
    static Map<String, Object> contextWithLinks(PanelSubject subject, Locale locale, LocalDate today, String key) {
        return new OvercommitPanelView(BASE_URL).withChartLink().withEtaLink(IssueKey.parse(key))
                .context(subject, locale, today);
    }

    static Document renderWithLinks(PanelSubject subject, Locale locale, LocalDate today, String key) {
        return JiraLikeVelocity.parse(JiraLikeVelocity.render(OvercommitPanelView.TEMPLATE,
                contextWithLinks(subject, locale, today, key)));
    }

    /** The value shown for the fact named {@code name} (its dd), e.g. "workDue". */
    static String fact(Document panel, String name) {
        Element value = panel.selectFirst("dd.promisedesk-fact--" + name);
        if (value == null) {
            throw new AssertionError("no fact " + name + " in " + panel.body().html());
        }
        return value.text();
    }

    static String label(Document panel, String name) {
        return panel.selectFirst("dt.promisedesk-fact--" + name).text();
    }
}
