package io.promisedesk.workbench;

import io.promisedesk.commitment.CommitmentSaved;
import io.promisedesk.commitment.SetCommitmentCommand;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.inbox.view.AskFormView;
import io.promisedesk.language.StatusPhraseMapping;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.sales.CommitmentFormInput;
import io.promisedesk.sales.CommitmentFormView;
import io.promisedesk.sales.CommitmentList;
import io.promisedesk.sales.CommitmentQuery;
import io.promisedesk.sales.SalesIssueView;
import io.promisedesk.team.Team;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.TeamAssessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sales pages at the paths the plugin's servlet will serve them: one issue as sales sees it, and "My
 * commitments" over every team's verdicts; the plugin's views and templates, rendered with Jira's escaping. The issue's
 * page carries the commitment form, which posts to {@value #COMMITMENT_FORM_PATH}KEY, and below it the "ask for an
 * ETA" form, which posts to the plugin's own {@code SalesRequests}.
 */
final class SalesPages {
    static final String ISSUE_PATH = "/plugins/servlet/promisedesk/sales/issue/";
    static final String COMMITMENTS_PATH = "/plugins/servlet/promisedesk/sales/commitments";
    static final String COMMITMENT_FORM_PATH = "/plugins/servlet/promisedesk/sales/commitment/";

    // The workbench serves at the root: Jira's base URL is the empty context path.
    private static final SalesIssueView ISSUE_VIEW = new SalesIssueView("");
    private static final CommitmentList LIST = new CommitmentList("");
    private static final CommitmentFormView FORM = new CommitmentFormView("");
    private static final AskFormView ASK_FORM = new AskFormView("");

    private final WorkbenchWorld world;

    SalesPages(WorkbenchWorld world) {
        this.world = world;
    }

    /**
     * The issue's sales page with a fresh commitment form; empty when there is no such issue, or it belongs to no team
     * and so has no verdict. {@code xsrfToken} goes into the form.
     */
    Optional<String> issue(String keyText, Role role, String xsrfToken) {
        return issue(keyText, role, xsrfToken, Optional.empty());
    }

    /**
     * The commitment form's submit, as the plugin's servlet will handle it once the role and token are checked:
     * {@link CommitmentFormInput} to a command, then the promise check ("check") or {@code SetCommitment} ("save"),
     * and the issue's sales page again with the form as the outcome says; empty when there is no such issue or team.
     */
    Optional<String> postCommitment(String keyText, Map<String, List<String>> parameters, Role role, String xsrfToken) {
        Optional<WorkItem> item = IssuePage.parse(keyText).flatMap(world::issue);
        Optional<Team> team = item.flatMap(found -> world.teamOf(found.key()));
        if (item.isEmpty() || team.isEmpty()) {
            return Optional.empty();
        }
        WorkItem issue = item.get();
        CommitmentFormInput typed = CommitmentFormInput.of(parameters);
        Map<String, Object> form;
        try {
            SetCommitmentCommand command = typed.toCommand(team.get(), issue, role.label());
            if (CommitmentFormInput.action(parameters) == CommitmentFormInput.Action.SAVE) {
                CommitmentSaved saved = world.setCommitment(command);
                form = FORM.saved(world.issue(issue.key()).orElseThrow(), saved, Locale.ENGLISH);
            } else {
                form = FORM.checked(issue, typed, world.checkCommitment(command), Locale.ENGLISH);
            }
        } catch (InvalidValueException invalid) {
            form = FORM.invalid(issue, typed, invalid, Locale.ENGLISH);
        }
        return issue(issue.key().toString(), role, xsrfToken, Optional.of(form));
    }

    private Optional<String> issue(String keyText, Role role, String xsrfToken, Optional<Map<String, Object>> form) {
        Optional<WorkItem> item = IssuePage.parse(keyText).flatMap(world::issue);
        Optional<Team> team = item.flatMap(found -> world.teamOf(found.key()));
        Optional<TeamAssessment> assessment = team.flatMap(found -> world.assessment(found.key()));
        if (item.isEmpty() || assessment.isEmpty()) {
            return Optional.empty();
        }
        WorkItem issue = item.get();
        Optional<String> note = world.commitmentNote(issue.key());
        String body = JiraLikeVelocity.render(SalesIssueView.TEMPLATE, ISSUE_VIEW.context(issue, assessment.get(),
                phrases(), note, Locale.ENGLISH, team.get().today(world.clock()))).strip();
        Map<String, Object> formContext = new LinkedHashMap<>(form.orElseGet(() -> FORM.fresh(issue, note, Locale.ENGLISH)));
        formContext.put("xsrfToken", xsrfToken);
        String formHtml = JiraLikeVelocity.render(CommitmentFormView.TEMPLATE, formContext).strip();
        return Optional.of(Layout.page(issue.key() + " for sales", ISSUE_PATH + issue.key(), role,
                "<div class=\"workbench-panel\" id=\"promisedesk-sales-issue\">\n" + body + "\n</div>\n"
                        + "<div class=\"workbench-panel\" id=\"promisedesk-commitment-panel\">\n" + formHtml + "\n</div>\n"
                        + askPanel(issue, xsrfToken)));
    }

    /** The issue's "ask for an ETA" form, fresh; its submit is answered by the plugin's own sales handler. */
    private String askPanel(WorkItem issue, String xsrfToken) {
        Map<String, Object> context = new LinkedHashMap<>(ASK_FORM.fresh(issue,
                world.etaRequests().openRequestOn(issue.key()), Locale.ENGLISH));
        context.put("xsrfToken", xsrfToken);
        return "<div class=\"workbench-panel\" id=\"promisedesk-ask-panel\">\n"
                + JiraLikeVelocity.render(AskFormView.TEMPLATE, context).strip() + "\n</div>\n";
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

    /** The admin's status phrases as saved now, read on every page as the plugin reads its stored settings. */
    private StatusPhraseMapping phrases() {
        return world.settings().globalSettings().value().phrases();
    }

    static String issueHref(IssueKey key) {
        return ISSUE_PATH + key;
    }
}
