package io.promisedesk.workbench;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.team.Team;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;

import java.util.Locale;
import java.util.Optional;

/**
 * An issue in Jira's layout: the issue's own fields on the left, the plugin's panels in the right-hand column where
 * Jira places {@code atl.jira.view.issue.right.context} web panels.
 */
final class IssuePage {
    private final WorkbenchWorld world;
    private final OvercommitPanel overcommitPanel;
    private final MessageRenderer english = new MessageRenderer(Locale.ENGLISH);

    IssuePage(WorkbenchWorld world) {
        this.world = world;
        this.overcommitPanel = new OvercommitPanel(world);
    }

    /** The page, or empty when there is no such issue. */
    Optional<String> render(String keyText, Role role) {
        Optional<IssueKey> key = parse(keyText);
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
                .append("<h1 class=\"workbench-issue-summary\">").append(Html.escape(issue.summary())).append("</h1>\n")
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

    private static Optional<IssueKey> parse(String text) {
        try {
            return Optional.of(IssueKey.parse(text));
        } catch (InvalidValueException notAKey) {
            return Optional.empty();
        }
    }
}
