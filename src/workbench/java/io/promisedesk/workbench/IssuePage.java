package io.promisedesk.workbench;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.jira.servlet.SalesRequests;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.panel.EtaFormView;
import io.promisedesk.panel.EtaHistoryView;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.team.Team;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An issue in Jira's layout: the issue's own fields on the left, the plugin's panels in the right-hand column where
 * Jira places {@code atl.jira.view.issue.right.context} web panels: the overcommit panel, then the ETA form and
 * history for those who may change the ETA.
 */
final class IssuePage {
    private final WorkbenchWorld world;
    private final WorkbenchAccess access;
    private final OvercommitPanel overcommitPanel;
    private final MessageRenderer english = new MessageRenderer(Locale.ENGLISH);
    // The workbench serves at the root: Jira's base URL is the empty context path.
    private final EtaFormView etaForm = new EtaFormView("");
    private final EtaHistoryView etaHistory = new EtaHistoryView();

    IssuePage(WorkbenchWorld world, WorkbenchAccess access) {
        this.world = world;
        this.access = access;
        this.overcommitPanel = new OvercommitPanel(world, access);
    }

    /**
     * The page, or empty when there is no such issue or the role may not browse it, which Jira answers alike;
     * {@code xsrfToken} goes into the ETA form as Jira's {@code atl_token} would.
     */
    Optional<String> render(String keyText, Role role, String xsrfToken) {
        Optional<IssueKey> key = parse(keyText).filter(access.browsableBy(role));
        Optional<WorkItem> item = key.flatMap(world::issue);
        if (item.isEmpty()) {
            return Optional.empty();
        }
        WorkItem issue = item.get();
        String shownKey = issue.key().toString();
        StringBuilder body = new StringBuilder(8192);
        body.append("<nav class=\"workbench-breadcrumbs\"><a href=\"/\">Teams</a> / ")
                .append(Html.escape(issue.key().project())).append(" / <span class=\"workbench-issue-key\">")
                .append(Html.escape(shownKey)).append("</span></nav>\n")
                .append("<h1 class=\"workbench-issue-summary\">").append(Html.escape(issue.summary())).append("</h1>\n");
        if (role == Role.SALESPERSON) {
            body.append("<p class=\"workbench-issue-links\"><a class=\"workbench-sales-view\" href=\"")
                    .append(Html.escape(SalesRequests.ISSUE_PATH + issue.key())).append("\">Sales view</a></p>\n");
        }
        body
                .append("<div class=\"workbench-issue\">\n<div class=\"workbench-issue__main\">\n<h2>Details</h2>\n<dl>\n");
        field(body, "status", "Status", issue.status());
        field(body, "priority", "Priority", issue.priority().orElse("None"));
        field(body, "assignee", "Assignee", issue.assignee().orElse("Unassigned"));
        field(body, "remaining", "Remaining estimate",
                issue.isResolved() ? "0 h" : issue.estimate().map(hours -> hours.toBigDecimal().stripTrailingZeros().toPlainString() + " h").orElse("Not estimated"));
        field(body, "team", "Team", world.teamOf(issue.key()).map(Team::name).orElse("No team"));
        field(body, "commitment", "Sales commitment", issue.commitment().map(this::commitment).orElse("None"));
        field(body, "eta", "ETA", issue.eta().map(english::format).orElse("None"));
        body.append("</dl>\n</div>\n<aside class=\"workbench-issue__side\" aria-label=\"Panels\">\n");
        String panel = overcommitPanel.render(issue.key(), role);
        if (!panel.isEmpty()) {
            body.append("<div class=\"workbench-panel\" id=\"promisedesk-overcommit-panel\">\n").append(panel)
                    .append("\n</div>\n");
        }
        Optional<Team> team = world.teamOf(issue.key());
        if (role.editsEta() && team.isPresent()) {
            Map<String, Object> context = new LinkedHashMap<>(
                    etaForm.fresh(issue.key(), issue.eta(), true, Locale.ENGLISH));
            context.put("xsrfToken", xsrfToken);
            body.append("<div class=\"workbench-panel\" id=\"promisedesk-eta-panel\">\n")
                    .append(JiraLikeVelocity.render(EtaFormView.TEMPLATE, context).strip()).append('\n')
                    // Times in the team's zone: the workbench has no user with a zone of their own.
                    .append(JiraLikeVelocity.render(EtaHistoryView.TEMPLATE, etaHistory.context(
                            world.etaHistory(issue.key()), team.get(), team.get().timeZone(), Locale.ENGLISH)).strip())
                    .append("\n</div>\n");
        }
        body.append("</aside>\n</div>\n");
        return Optional.of(Layout.page(shownKey + " " + issue.summary(), "/browse/" + shownKey, role, body.toString()));
    }

    private String commitment(Commitment commitment) {
        String date = english.format(commitment.date());
        return commitment.customerIfKnown().map(customer -> date + ", " + customer.name()).orElse(date);
    }

    private static void field(StringBuilder body, String name, String label, String value) {
        body.append("<dt class=\"workbench-field--").append(name).append("\">").append(Html.escape(label))
                .append("</dt><dd class=\"workbench-field--").append(name).append("\">").append(Html.escape(value))
                .append("</dd>\n");
    }

    static Optional<IssueKey> parse(String text) {
        try {
            return Optional.of(IssueKey.parse(text));
        } catch (InvalidValueException notAKey) {
            return Optional.empty();
        }
    }
}
