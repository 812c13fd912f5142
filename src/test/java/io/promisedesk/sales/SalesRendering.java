package io.promisedesk.sales;

import io.promisedesk.language.StatusPhraseMapping;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.team.Team;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.IssueVerdict;
import io.promisedesk.workload.TeamAssessment;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static io.promisedesk.fixtures.TeamBuilder.aTeam;
import static io.promisedesk.fixtures.WorkItemBuilder.anIssue;

/** Renders the sales views the way Jira will, and the commitments of two teams they are tried on. */
final class SalesRendering {
    static final String BASE_URL = "https://jira.example.com";
    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    /** Monday 2 March 2026. */
    static final LocalDate MONDAY = LocalDate.parse("2026-03-02");

    private SalesRendering() {
    }

    /** One member of 8 hours a day, Monday to Friday: 40 hours in the week of {@link #MONDAY}. */
    static Team oneMemberTeam(String key) {
        return aTeam().key(key).withMember("anna", 40).build();
    }

    static Map<String, Object> issueContext(WorkItem item, List<WorkItem> teamWork, Optional<String> note, Locale locale,
                                            LocalDate today) {
        TeamAssessment assessment = TeamAssessment.assess(oneMemberTeam("platform"), teamWork, today);
        return new SalesIssueView(BASE_URL).context(item, assessment, StatusPhraseMapping.defaults(), note, locale, today);
    }

    /** The issue view of {@code item}, alone in a one-member team, on {@link #MONDAY}. */
    static Document issue(WorkItem item, Locale locale) {
        return issue(item, Optional.empty(), locale);
    }

    static Document issue(WorkItem item, Optional<String> note, Locale locale) {
        return JiraLikeVelocity.renderDocument(SalesIssueView.TEMPLATE,
                issueContext(item, List.of(item), note, locale, MONDAY));
    }

    static String fact(Document page, String name) {
        Element value = page.selectFirst("dd.promisedesk-fact--" + name);
        if (value == null) {
            throw new AssertionError("no fact " + name + " in " + page.body().html());
        }
        return value.text();
    }

    /**
     * Six commitments of two teams on {@link #MONDAY}:
     * <pre>
     * key  team customer      promised  ETA      risk
     * A-1  a    ACME          Fri 20/3  Fri 13/3 on track
     * A-2  a    Globex        Fri 6/3   Mon 9/3  late (ETA after the promise)
     * A-3  a    acme benelux  Fri 27/3  none     on track
     * B-1  b    Initech       Fri 6/3   Thu 5/3  at risk (34 of 40 hours: 85%)
     * B-2  b    (unknown)     Fri 10/4  Wed 1/4  on track
     * B-3  b    Umbrella      Fri 13/3  none     on track
     * </pre>
     */
    static List<IssueVerdict> twoTeamsOfCommitments() {
        List<WorkItem> teamA = List.of(
                anIssue("A-1").remaining(8).committedTo("2026-03-20", "ACME").eta("2026-03-13").build(),
                anIssue("A-2").remaining(8).committedTo("2026-03-06", "Globex").eta("2026-03-09").build(),
                anIssue("A-3").committedTo("2026-03-27", "acme benelux").build());
        List<WorkItem> teamB = List.of(
                anIssue("B-1").remaining(34).committedTo("2026-03-06", "Initech").eta("2026-03-05").build(),
                anIssue("B-2").remaining(8).committedTo("2026-04-10", null).eta("2026-04-01").build(),
                anIssue("B-3").remaining(8).committedTo("2026-03-13", "Umbrella").build());
        List<IssueVerdict> verdicts = new ArrayList<>();
        verdicts.addAll(TeamAssessment.assess(oneMemberTeam("a"), teamA, MONDAY).verdicts());
        verdicts.addAll(TeamAssessment.assess(oneMemberTeam("b"), teamB, MONDAY).verdicts());
        return verdicts;
    }

    static Map<String, Object> listContext(List<IssueVerdict> commitments, CommitmentQuery query, Locale locale) {
        return new CommitmentList(BASE_URL).context(commitments, query, locale);
    }

    static Document list(List<IssueVerdict> commitments, CommitmentQuery query, Locale locale) {
        return JiraLikeVelocity.renderDocument(CommitmentList.TEMPLATE, listContext(commitments, query, locale));
    }

    /** The keys of the rows shown, in order. */
    static List<String> keys(Document page) {
        return page.select("tr.promisedesk-commitment th.promisedesk-commitment__key").eachText();
    }

    /** The query parameters as a form or link gives them, each name with one or more values. */
    static Map<String, List<String>> parameters(String... namesAndValues) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (int index = 0; index < namesAndValues.length; index += 2) {
            parameters.computeIfAbsent(namesAndValues[index], name -> new ArrayList<>()).add(namesAndValues[index + 1]);
        }
        return parameters;
    }
}
