package io.promisedesk.workbench;

import io.promisedesk.panel.OvercommitPanelView;
import io.promisedesk.panel.ShowOvercommitPanel;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.work.IssueKey;

import java.util.Locale;
import java.util.Optional;

/**
 * The overcommit panel of one issue as Jira's context provider builds it: the plugin's {@link ShowOvercommitPanel}
 * (who sees what, the context) on the world's services and {@link WorkbenchAccess} for the role, then the plugin's
 * own template with Jira's escaping.
 */
final class OvercommitPanel {
    // The workbench serves at the root, so Jira's base URL is the empty context path and links read /browse/KEY.
    private static final String BASE_URL = "";

    private final ShowOvercommitPanel panel;

    OvercommitPanel(WorkbenchWorld world, WorkbenchAccess access) {
        // ChartPages serves the workload chart the panel links to; Jira's panel links to it once a servlet serves it.
        this.panel = new ShowOvercommitPanel(world.overcommit(), world.directory(), world.etaHistories(), access,
                world.clock()).withChartLink();
    }

    /** The panel's HTML for this viewer; empty when Jira would show nothing. */
    String render(IssueKey issue, Role role) {
        return WorkbenchAccess.answer(role, () -> JiraLikeVelocity.render(OvercommitPanelView.TEMPLATE,
                panel.context(Optional.of(issue), Locale.ENGLISH, BASE_URL)).strip());
    }
}
