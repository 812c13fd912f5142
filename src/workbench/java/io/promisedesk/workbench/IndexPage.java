package io.promisedesk.workbench;

import io.promisedesk.inbox.view.InboxLinks;
import io.promisedesk.language.LevelNames;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.team.Team;
import io.promisedesk.work.IssueKey;
import io.promisedesk.workload.IssueVerdict;
import io.promisedesk.workload.Level;
import io.promisedesk.workload.VisibleAssessment;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * The start page: every team with its level, then each team's committed issues in earliest-deadline-first order; as
 * Jira's issue navigator would, it lists and counts only the issues the role may browse (the level is the team's).
 */
final class IndexPage {
    // The workbench serves at the root: Jira's base URL is the empty context path.
    private static final InboxLinks INBOX_LINKS = new InboxLinks("");

    private final WorkbenchWorld world;
    private final WorkbenchAccess access;
    private final MessageRenderer english = new MessageRenderer(Locale.ENGLISH);

    IndexPage(WorkbenchWorld world, WorkbenchAccess access) {
        this.world = world;
        this.access = access;
    }

    String render(Role role) {
        StringBuilder body = new StringBuilder(64 * 1024);
        body.append("<h1>Teams</h1>\n<table class=\"workbench-teams\">\n<thead><tr><th>Team</th><th>Level</th>"
                + "<th>Committed issues</th><th>At risk</th></tr></thead>\n<tbody>\n");
        Predicate<IssueKey> browsable = access.browsableBy(role);
        for (Team team : world.teams()) {
            VisibleAssessment assessment = world.assessment(team.key()).orElseThrow().visibleTo(browsable);
            body.append("<tr data-team=\"").append(Html.escape(team.key().value())).append("\"><td><a href=\"#team-")
                    .append(Html.escape(team.key().value())).append("\">").append(Html.escape(team.name()))
                    .append("</a></td>").append(level(assessment.level())).append("<td>")
                    .append(assessment.committedIssues()).append("</td><td>").append(assessment.issuesAtRisk())
                    .append("</td></tr>\n");
        }
        body.append("</tbody>\n</table>\n");
        body.append(inboxLinks(role, browsable));
        body.append("<p class=\"workbench-reviews\"><a href=\"").append(io.promisedesk.review.ReviewLinks.PATH)
                .append("\">Customer reviews</a>: one page per customer for account reviews.</p>\n");
        for (Team team : world.teams()) {
            committedIssues(team, world.assessment(team.key()).orElseThrow().visibleTo(browsable), body);
        }
        return Layout.page("Teams", "/", role, body.toString());
    }

    /** Links to every team's inbox with how many wait in each that the role may see; nothing for roles without inboxes. */
    private String inboxLinks(Role role, Predicate<IssueKey> browsable) {
        if (!role.editsEta()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<nav class=\"workbench-inboxes\" aria-label=\"ETA inboxes\">"
                + "<h2>ETA inboxes</h2>\n<ul>\n");
        for (Team team : world.teams()) {
            html.append("<li><a class=\"workbench-inbox-link\" href=\"").append(Html.escape(INBOX_LINKS.inbox(team.key())))
                    .append("\">").append(Html.escape(team.name())).append("</a>: ")
                    .append(world.etaRequests().openRequestsOf(team.key()).stream()
                            .filter(request -> browsable.test(request.issue())).count()).append(" waiting</li>\n");
        }
        return html.append("</ul>\n</nav>\n").toString();
    }

    private void committedIssues(Team team, VisibleAssessment assessment, StringBuilder body) {
        body.append("<section class=\"workbench-team\" id=\"team-").append(Html.escape(team.key().value()))
                .append("\">\n<h2>").append(Html.escape(team.name())).append(": committed issues</h2>\n");
        if (assessment.verdicts().isEmpty()) {
            body.append("<p>Nothing committed.</p>\n</section>\n");
            return;
        }
        body.append("<table class=\"workbench-commitments\">\n<thead><tr><th>Key</th><th>Summary</th>"
                + "<th>Commitment</th><th>Level</th></tr></thead>\n<tbody>\n");
        for (IssueVerdict verdict : assessment.verdicts()) {
            String key = verdict.item().key().toString();
            body.append("<tr><td><a href=\"/browse/").append(Html.escape(key)).append("\">").append(Html.escape(key))
                    .append("</a></td><td>").append(Html.escape(verdict.item().summary())).append("</td><td>")
                    .append(Html.escape(english.format(verdict.commitmentDate())));
            verdict.commitment().customerIfKnown().ifPresent(customer ->
                    body.append(", ").append(Html.escape(customer.name())));
            body.append("</td>").append(level(verdict.level())).append("</tr>\n");
        }
        body.append("</tbody>\n</table>\n</section>\n");
    }

    private String level(Level level) {
        return "<td class=\"promisedesk-level promisedesk-level--" + level.name().toLowerCase(Locale.ROOT) + "\">"
                + Html.escape(english.render(LevelNames.of(level))) + "</td>";
    }
}
