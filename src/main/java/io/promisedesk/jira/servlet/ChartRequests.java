package io.promisedesk.jira.servlet;

import io.promisedesk.access.Access;
import io.promisedesk.chart.IssueChartView;
import io.promisedesk.chart.WorkloadChartView;
import io.promisedesk.common.Require;
import io.promisedesk.jira.servlet.PageAnswer.Page;
import io.promisedesk.jira.servlet.PageAnswer.Section;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.panel.OvercommitPanelView;
import io.promisedesk.team.TeamDirectory;
import io.promisedesk.work.IssueKey;
import io.promisedesk.workload.TeamSnapshot;
import io.promisedesk.workload.TeamSnapshots;
import io.promisedesk.workload.VisibleAssessment;

import java.util.List;
import java.util.Optional;

/**
 * An issue's workload chart without Jira, at {@value OvercommitPanelView#CHART_PATH}KEY, opened from its overcommit
 * panel and for the panel's readers: nobody logged in goes to the login page; an issue the reader may not browse, or
 * of no configured team, is not found; one the reader may browse but not edit is refused to all but Jira
 * administrators. The chart is drawn from the team's cached snapshot, with points only at dates of commitments the
 * reader may browse.
 */
public final class ChartRequests {
    private final Access access;
    private final TeamDirectory teams;
    private final TeamSnapshots snapshots;

    public ChartRequests(Access access, TeamDirectory teams, TeamSnapshots snapshots) {
        this.access = Require.present(access, "access");
        this.teams = Require.present(teams, "teams");
        this.snapshots = Require.present(snapshots, "snapshots");
    }

    public PageAnswer get(PageRequest request) {
        if (access.user().isEmpty()) {
            return new PageAnswer.Login();
        }
        if (!request.path().startsWith(OvercommitPanelView.CHART_PATH)) {
            return MessagePages.notFound(request.locale());
        }
        Optional<IssueKey> key = IssueKeys.parse(request.after(OvercommitPanelView.CHART_PATH));
        if (key.isEmpty() || !access.canBrowse(key.get())) {
            return MessagePages.notFound(request.locale());
        }
        Optional<TeamSnapshot> snapshot = teams.teamOf(key.get()).flatMap(snapshots::snapshot);
        Optional<VisibleAssessment> assessment = snapshot.map(whole -> whole.assessment().visibleTo(access::canBrowse));
        if (assessment.isEmpty()) {
            return MessagePages.notFound(request.locale());
        }
        if (!access.isAdministrator() && !access.canEdit(key.get())) {
            return MessagePages.forbidden("promisedesk.page.forbidden.chart", request.locale());
        }
        IssueChartView view = new IssueChartView(request.baseUrl());
        String title = new MessageRenderer(request.locale()).render("promisedesk.page.chart.title", key.get().toString());
        return new Page(200, title, "promisedesk-issue-chart", false, List.of(
                new Section(IssueChartView.TEMPLATE, view.page(assessment.get(), key.get(), request.locale())),
                new Section(WorkloadChartView.TEMPLATE, view.chart(assessment.get(), key.get(), request.locale())),
                FreshnessSection.of(snapshot.get().staleFor(), request.locale())));
    }
}
