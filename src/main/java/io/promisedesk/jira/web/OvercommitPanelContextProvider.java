package io.promisedesk.jira.web;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.promisedesk.common.Require;
import io.promisedesk.panel.ShowOvercommitPanel;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The context of the overcommit panel's web panel on the issue view: the issue from Jira's context, the user's
 * language and Jira's base URL handed to {@link ShowOvercommitPanel}, which builds the plain map the template needs
 * (a committed issue's panel linking its workload chart); and the plugin's stylesheet required on whatever page
 * shows the panel.
 */
public final class OvercommitPanelContextProvider implements ContextProvider {
    private final ShowOvercommitPanel panel;
    private final JiraAuthenticationContext authentication;
    private final ApplicationProperties application;
    private final PageBuilderService pageBuilder;

    public OvercommitPanelContextProvider(ShowOvercommitPanel panel, JiraAuthenticationContext authentication,
                                          ApplicationProperties application, PageBuilderService pageBuilder) {
        // Linked to the issue's workload chart, which the plugin's chart servlet serves.
        this.panel = Require.present(panel, "panel").withChartLink();
        this.authentication = Require.present(authentication, "authentication");
        this.application = Require.present(application, "application");
        this.pageBuilder = Require.present(pageBuilder, "pageBuilder");
    }

    @Override
    public void init(Map<String, String> params) {
        // The module passes no parameters.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        // The web resource's jira.view.issue context reaches the issue view; whether every other page showing the
        // panel (the issue navigator's detail view) requires that context is not known, so the panel asks itself.
        StylesheetContext.requireOn(pageBuilder);
        Locale locale = authentication.getLocale();
        // Canonical: the base URL Jira's administrators configured, the one issue links in Jira itself use.
        Map<String, Object> panelContext = panel.context(IssueContext.issueKey(context),
                locale == null ? Locale.ENGLISH : locale, application.getBaseUrl(UrlMode.CANONICAL));
        // A copy Jira may add to: its Velocity renderer can put its own helpers into the context it is given.
        return new HashMap<>(panelContext);
    }
}
