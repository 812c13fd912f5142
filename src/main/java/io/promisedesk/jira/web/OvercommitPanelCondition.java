package io.promisedesk.jira.web;

import com.atlassian.plugin.web.Condition;
import io.promisedesk.common.Require;
import io.promisedesk.panel.ShowOvercommitPanel;

import java.util.Map;

/**
 * Shows the overcommit panel to whom {@link ShowOvercommitPanel#isShownOn} says, so that Jira draws no empty panel
 * frame for everyone else.
 */
public final class OvercommitPanelCondition implements Condition {
    private final ShowOvercommitPanel panel;

    public OvercommitPanelCondition(ShowOvercommitPanel panel) {
        this.panel = Require.present(panel, "panel");
    }

    @Override
    public void init(Map<String, String> params) {
        // The module passes no parameters.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return panel.isShownOn(IssueContext.issueKey(context));
    }
}
