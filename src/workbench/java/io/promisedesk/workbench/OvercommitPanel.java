package io.promisedesk.workbench;

import io.promisedesk.panel.OvercommitPanelView;
import io.promisedesk.panel.PanelSubject;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.team.Team;
import io.promisedesk.work.IssueKey;
import io.promisedesk.workload.OvercommitOutcome;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * The overcommit panel of one issue, built and rendered the way the plugin's context provider will do it in Jira:
 * {@code CheckOvercommit}, then {@code OvercommitPanelView}, then the plugin's own template with Jira's escaping.
 */
final class OvercommitPanel {
    // The workbench serves at the root, so Jira's base URL is the empty context path and links read /browse/KEY;
    // ChartPages serves the workload chart the panel links to.
    private static final OvercommitPanelView VIEW = new OvercommitPanelView("").withChartLink();

    private final WorkbenchWorld world;

    OvercommitPanel(WorkbenchWorld world) {
        this.world = world;
    }

    /** The panel's HTML for this viewer; empty when Jira would show nothing. */
    String render(IssueKey issue, Role role) {
        if (!role.seesOvercommitPanel()) {
            return "";
        }
        Optional<Team> team = world.teamOf(issue);
        PanelSubject subject = subject(world.overcommit().check(issue, OvercommitPanelView.CONTRIBUTORS), team,
                role.isAdmin(), world.etaHistory(issue).slipCount());
        // Today in the team's zone, as the panel speaks of the team's days; no team, no days to speak of.
        LocalDate today = team.map(each -> each.today(world.clock()))
                .orElseGet(() -> LocalDate.ofInstant(world.clock().instant(), ZoneOffset.UTC));
        return JiraLikeVelocity.render(OvercommitPanelView.TEMPLATE, VIEW.context(subject, Locale.ENGLISH, today)).strip();
    }

    /** {@code slips}: the slips in the issue's ETA history, made in the workbench since it started. */
    static PanelSubject subject(OvercommitOutcome outcome, Optional<Team> team, boolean viewerIsAdmin, int slips) {
        if (outcome instanceof OvercommitOutcome.Committed committed) {
            return new PanelSubject.Committed(team.orElseThrow(), committed.risk(), slips);
        }
        if (outcome instanceof OvercommitOutcome.Uncommitted uncommitted) {
            return PanelSubject.Uncommitted.of(uncommitted.team());
        }
        return new PanelSubject.NoTeam(viewerIsAdmin);
    }
}
