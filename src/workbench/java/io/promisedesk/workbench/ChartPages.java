package io.promisedesk.workbench;

import io.promisedesk.admin.AdminLinks;
import io.promisedesk.admin.PreviewTeam;
import io.promisedesk.admin.TeamPreviewView;
import io.promisedesk.admin.WhatIf;
import io.promisedesk.admin.WhatIfForm;
import io.promisedesk.chart.WorkloadChartView;
import io.promisedesk.jira.servlet.PageAnswer;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.team.Team;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import io.promisedesk.workload.TeamAssessment;
import io.promisedesk.workload.VisibleAssessment;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A team's preview with the what-if and its workload charts at
 * {@code /plugins/servlet/promisedesk/admin/team/KEY/preview} (admins only), on the world's current assessments as
 * far as the admin may browse their issues; an issue's chart is the plugin's own {@code ChartRequests}.
 *
 * <p>The what-if is a GET: it only reads and assesses a changed copy of the team in memory, so it carries no XSRF
 * token; nothing is saved and no snapshot is touched.
 */
final class ChartPages {
    private static final Pattern PREVIEW_PATH = Pattern.compile(Pattern.quote(AdminLinks.TEAM) + "([A-Za-z0-9_-]+)"
            + Pattern.quote(AdminLinks.PREVIEW_SUFFIX));
    private static final Locale LOCALE = Locale.ENGLISH;

    private final PreviewTeam preview;
    private final WorkbenchAccess access;
    private final TeamPreviewView previewView = new TeamPreviewView("");

    ChartPages(WorkbenchWorld world, WorkbenchAccess access) {
        this.preview = new PreviewTeam(world.snapshots(), world.work());
        this.access = access;
    }

    static boolean handles(String path) {
        return PREVIEW_PATH.matcher(path).matches();
    }

    /** The preview is the admins'. */
    static boolean allows(Role role) {
        return role.isAdmin();
    }

    static String refusal() {
        return "The team preview is for Jira admins.";
    }

    /** The preview at {@code path}; empty for an unknown team. */
    Optional<String> get(String path, Map<String, List<String>> parameters, Role role) {
        Matcher team = PREVIEW_PATH.matcher(path);
        if (!team.matches()) {
            return Optional.empty();
        }
        return preview.current(new TeamKey(team.group(1))).map(current -> teamPreview(current, parameters, path, role));
    }

    private String teamPreview(TeamAssessment whole, Map<String, List<String>> parameters, String path, Role role) {
        Predicate<IssueKey> browsable = access.browsableBy(role);
        VisibleAssessment current = whole.visibleTo(browsable);
        WhatIfForm typed = WhatIfForm.of(parameters);
        Map<String, Object> context;
        Optional<VisibleAssessment> whatIf = Optional.empty();
        if (WhatIfForm.FIELDS.stream().noneMatch(parameters::containsKey)) {
            context = previewView.fresh(current, LOCALE);
        } else {
            WhatIf.Outcome outcome = WhatIf.apply(current.team(), typed);
            if (outcome instanceof WhatIf.Changed changed) {
                whatIf = Optional.of(preview.whatIf(whole, changed.team()).visibleTo(browsable));
                context = previewView.previewed(current, typed, whatIf.get(), LOCALE);
            } else {
                context = previewView.refused(current, typed, ((WhatIf.Refused) outcome).errors(), LOCALE);
            }
        }
        StringBuilder body = new StringBuilder(JiraLikeVelocity.render(TeamPreviewView.TEMPLATE, context).strip());
        body.append('\n').append(chart(current, false));
        whatIf.ifPresent(assessment -> body.append('\n').append(chart(assessment, true)));
        Team team = current.team();
        // In Jira's administration frame, as the plugin's preview page asks for it.
        return Layout.page("Preview " + team.name(), path, role,
                "<div class=\"workbench-panel\" id=\"promisedesk-admin-preview\">\n" + body + "\n</div>\n",
                PageAnswer.Frame.ADMIN);
    }

    private String chart(VisibleAssessment assessment, boolean whatIf) {
        return JiraLikeVelocity.render(WorkloadChartView.TEMPLATE, previewView.chart(assessment, whatIf, LOCALE)).strip();
    }
}
