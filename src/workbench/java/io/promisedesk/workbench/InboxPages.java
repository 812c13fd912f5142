package io.promisedesk.workbench;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.eta.EtaUpdateOutcome;
import io.promisedesk.inbox.AskForEta;
import io.promisedesk.inbox.Asked;
import io.promisedesk.inbox.EtaInbox;
import io.promisedesk.inbox.EtaRequest;
import io.promisedesk.inbox.ShowEtaInbox;
import io.promisedesk.inbox.view.AskFormInput;
import io.promisedesk.inbox.view.AskFormView;
import io.promisedesk.inbox.view.EtaInboxView;
import io.promisedesk.inbox.view.InboxLinks;
import io.promisedesk.panel.EtaFormInput;
import io.promisedesk.panel.EtaFormView;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.team.Team;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.TeamAssessment;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The ETA request pages at the paths the plugin's servlets will serve them: the "ask for an ETA" form on the sales
 * issue page, posting to {@value InboxLinks#ASK_PATH}KEY, and each team's inbox at {@value InboxLinks#INBOX_PATH}TEAM,
 * whose row forms post back to it. The plugin's views and templates, rendered with Jira's escaping; the caller has
 * checked the role and the XSRF token.
 */
final class InboxPages {
    static final String ASK_PATH = InboxLinks.ASK_PATH;
    static final String INBOX_PATH = InboxLinks.INBOX_PATH;
    static final String ASK_FORBIDDEN = "Only salespeople (and Jira admins) may ask for an ETA.";
    static final String INBOX_FORBIDDEN = "The ETA inboxes are for technicians (and Jira admins).";
    /** How far back answered requests count towards the median wait. */
    static final Duration ANSWERED_WITHIN = Duration.ofDays(30);

    // The workbench serves at the root: Jira's base URL is the empty context path.
    private static final AskFormView ASK_FORM = new AskFormView("");
    private static final EtaInboxView INBOX = new EtaInboxView("", ANSWERED_WITHIN);
    private static final EtaFormView ETA_FORM = new EtaFormView("");
    private static final InboxLinks LINKS = new InboxLinks("");

    private final WorkbenchWorld world;
    private final SalesPages sales;
    private final AskForEta askForEta;
    private final ShowEtaInbox showInbox;

    InboxPages(WorkbenchWorld world, SalesPages sales) {
        this.world = world;
        this.sales = sales;
        this.askForEta = new AskForEta(world.etaRequests(), world.clock());
        this.showInbox = new ShowEtaInbox(world.etaRequests(), world.clock(), ANSWERED_WITHIN);
    }

    /** The ask form of an issue for the sales issue page: fresh, or as a submit left it. */
    static String askPanel(WorkbenchWorld world, WorkItem issue, String xsrfToken, Optional<Map<String, Object>> form) {
        Map<String, Object> context = new LinkedHashMap<>(form.orElseGet(() ->
                ASK_FORM.fresh(issue, world.etaRequests().openRequestOn(issue.key()), Locale.ENGLISH)));
        context.put("xsrfToken", xsrfToken);
        return "<div class=\"workbench-panel\" id=\"promisedesk-ask-panel\">\n"
                + JiraLikeVelocity.render(AskFormView.TEMPLATE, context).strip() + "\n</div>\n";
    }

    /** Links to every team's inbox with how many wait in each, for the index; nothing for roles without inboxes. */
    static String links(WorkbenchWorld world, Role role) {
        if (!role.editsEta()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<nav class=\"workbench-inboxes\" aria-label=\"ETA inboxes\">"
                + "<h2>ETA inboxes</h2>\n<ul>\n");
        for (Team team : world.teams()) {
            html.append("<li><a class=\"workbench-inbox-link\" href=\"").append(Html.escape(LINKS.inbox(team.key())))
                    .append("\">").append(Html.escape(team.name())).append("</a>: ")
                    .append(world.etaRequests().openRequestsOf(team.key()).size()).append(" waiting</li>\n");
        }
        return html.append("</ul>\n</nav>\n").toString();
    }

    /** A team's inbox as it stands; empty when there is no such team. */
    Optional<String> inbox(String teamText, Role role, String xsrfToken) {
        return team(teamText).map(team -> page(team, role, xsrfToken,
                INBOX.context(showInbox.show(team.key()), assessment(team), issues(team), Locale.ENGLISH)));
    }

    /**
     * A row's ETA form submitted in the inbox, as the plugin's servlet will handle it: {@link EtaFormInput} to a
     * command for the named issue, the plugin's {@code UpdateEta} (whose acceptance answers the issue's requests),
     * then the inbox again with the confirmation or the row's form refused; empty when there is no such team, or
     * the issue is not the team's.
     */
    Optional<String> postAnswer(String teamText, Map<String, List<String>> parameters, Role role, String xsrfToken) {
        Optional<Team> team = team(teamText);
        List<String> named = parameters.getOrDefault(EtaInboxView.ISSUE, List.of());
        Optional<WorkItem> item = named.isEmpty() || named.get(0) == null ? Optional.empty()
                : IssuePage.parse(named.get(0)).flatMap(world::issue);
        if (team.isEmpty() || item.isEmpty() || !world.teamOf(item.get().key()).equals(team)) {
            return Optional.empty();
        }
        IssueKey key = item.get().key();
        EtaFormInput typed = EtaFormInput.of(parameters);
        Map<String, Object> context;
        try {
            EtaUpdateOutcome outcome = world.updateEta(typed.toCommand(team.get(), key, role.label()));
            EtaInbox inbox = showInbox.show(team.get().key());
            if (outcome instanceof EtaUpdateOutcome.Accepted accepted) {
                context = INBOX.answered(inbox, assessment(team.get()), issues(team.get()), accepted.change(),
                        Locale.ENGLISH);
            } else {
                context = INBOX.refused(inbox, assessment(team.get()), issues(team.get()), key,
                        ETA_FORM.rejected(key, typed, (EtaUpdateOutcome.Rejected) outcome, Locale.ENGLISH), Locale.ENGLISH);
            }
        } catch (InvalidValueException invalid) {
            context = INBOX.refused(showInbox.show(team.get().key()), assessment(team.get()), issues(team.get()), key,
                    ETA_FORM.invalid(key, world.etaHistory(key).currentEta(), typed, invalid, Locale.ENGLISH),
                    Locale.ENGLISH);
        }
        return Optional.of(page(team.get(), role, xsrfToken, context));
    }

    /**
     * The ask form's submit, as the plugin's sales servlet will handle it: {@link AskFormInput} to a command, the
     * plugin's {@link AskForEta}, then the issue's sales page with the form as the outcome says; empty when there is
     * no such issue or team.
     */
    Optional<String> postAsk(String keyText, Map<String, List<String>> parameters, Role role, String xsrfToken) {
        Optional<WorkItem> item = IssuePage.parse(keyText).flatMap(world::issue);
        Optional<Team> team = item.flatMap(found -> world.teamOf(found.key()));
        if (item.isEmpty() || team.isEmpty()) {
            return Optional.empty();
        }
        WorkItem issue = item.get();
        AskFormInput typed = AskFormInput.of(parameters);
        Map<String, Object> form;
        try {
            Asked asked = askForEta.ask(typed.toCommand(issue, team.get().key(), role.label()));
            form = ASK_FORM.asked(issue, asked, Locale.ENGLISH);
        } catch (InvalidValueException invalid) {
            Optional<EtaRequest> open = world.etaRequests().openRequestOn(issue.key());
            form = ASK_FORM.invalid(issue, open, typed, invalid, Locale.ENGLISH);
        }
        return sales.issueAfterAsk(issue.key().toString(), role, xsrfToken, form);
    }

    private String page(Team team, Role role, String xsrfToken, Map<String, Object> context) {
        Map<String, Object> withToken = new LinkedHashMap<>(context);
        withToken.put("xsrfToken", xsrfToken);
        return Layout.page("ETA inbox of " + team.name(), LINKS.inbox(team.key()), role,
                "<div class=\"workbench-panel\" id=\"promisedesk-inbox\">\n"
                        + JiraLikeVelocity.render(EtaInboxView.TEMPLATE, withToken).strip() + "\n</div>\n");
    }

    private Optional<Team> team(String teamText) {
        return world.teams().stream().filter(team -> team.key().value().equals(teamText)).findFirst();
    }

    private TeamAssessment assessment(Team team) {
        return world.assessment(team.key()).orElseThrow();
    }

    /** The issues of the team's open requests as they are now. */
    private Map<IssueKey, WorkItem> issues(Team team) {
        Map<IssueKey, WorkItem> issues = new LinkedHashMap<>();
        for (EtaRequest request : world.etaRequests().openRequestsOf(team.key())) {
            world.issue(request.issue()).ifPresent(issue -> issues.put(issue.key(), issue));
        }
        return issues;
    }
}
