package io.promisedesk.workbench;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.language.StatusPhraseMapping;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.sales.CommitmentList;
import io.promisedesk.sales.CommitmentQuery;
import io.promisedesk.sales.SalesIssueView;
import io.promisedesk.team.Team;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.TeamAssessment;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sales pages at the paths the plugin's servlet will serve them: one issue as sales sees it, and "My
 * commitments" over every team's verdicts; the plugin's views and templates, rendered with Jira's escaping.
 */
final class SalesPages {
    static final String ISSUE_PATH = "/plugins/servlet/promisedesk/sales/issue/";
    static final String COMMITMENTS_PATH = "/plugins/servlet/promisedesk/sales/commitments";

    // The workbench serves at the root: Jira's base URL is the empty context path.
    private static final SalesIssueView ISSUE_VIEW = new SalesIssueView("");
    private static final CommitmentList LIST = new CommitmentList("");

    private final WorkbenchWorld world;
    // The default mapping from status categories; the admin page that changes it comes later.
    private final StatusPhraseMapping mapping = StatusPhraseMapping.defaults();

    SalesPages(WorkbenchWorld world) {
        this.world = world;
    }

    /** The issue's sales page; empty when there is no such issue, or it belongs to no team and so has no verdict. */
    Optional<String> issue(String keyText, Role role) {
        Optional<WorkItem> item = IssuePage.parse(keyText).flatMap(world::issue);
        Optional<Team> team = item.flatMap(found -> world.teamOf(found.key()));
        Optional<TeamAssessment> assessment = team.flatMap(found -> world.assessment(found.key()));
        if (item.isEmpty() || assessment.isEmpty()) {
            return Optional.empty();
        }
        WorkItem issue = item.get();
        String body = JiraLikeVelocity.render(SalesIssueView.TEMPLATE, ISSUE_VIEW.context(issue, assessment.get(),
                mapping, Optional.empty(), Locale.ENGLISH, team.get().today(world.clock()))).strip();
        return Optional.of(Layout.page(issue.key() + " for sales", ISSUE_PATH + issue.key(), role,
                "<div class=\"workbench-panel\" id=\"promisedesk-sales-issue\">\n" + body + "\n</div>\n"));
    }

    /** The list under the query the parameters ask for, or the form again with what was typed and why not. */
    String commitments(Map<String, List<String>> parameters, Role role) {
        Map<String, Object> context;
        try {
            context = LIST.context(world.verdicts(), CommitmentQuery.parse(parameters), Locale.ENGLISH);
        } catch (InvalidValueException refused) {
            context = LIST.rejected(parameters, refused, Locale.ENGLISH);
        }
        String body = JiraLikeVelocity.render(CommitmentList.TEMPLATE, context).strip();
        return Layout.page("My commitments", COMMITMENTS_PATH, role,
                "<div class=\"workbench-panel\" id=\"promisedesk-commitments\">\n" + body + "\n</div>\n");
    }

    static String issueHref(IssueKey key) {
        return ISSUE_PATH + key;
    }
}
