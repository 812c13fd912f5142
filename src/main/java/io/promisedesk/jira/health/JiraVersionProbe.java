package io.promisedesk.jira.health;

import com.atlassian.plugin.Plugin;
import com.atlassian.plugin.PluginAccessor;
import com.atlassian.plugin.PluginInformation;
import com.atlassian.sal.api.ApplicationProperties;
import io.promisedesk.common.Require;
import io.promisedesk.health.VersionProbe;

import java.util.Optional;

/** Promise Desk's version as Jira's plugin framework loaded it, and Jira's version and build from SAL. */
public final class JiraVersionProbe implements VersionProbe {
    /** The descriptor's key, the pom's groupId.artifactId (JiraHealthProbesTest compares them). */
    static final String PLUGIN_KEY = "io.promisedesk.promise-desk";

    private final ApplicationProperties application;
    private final PluginAccessor plugins;

    public JiraVersionProbe(ApplicationProperties application, PluginAccessor plugins) {
        this.application = Require.present(application, "application");
        this.plugins = Require.present(plugins, "plugins");
    }

    @Override
    public Versions versions() {
        Optional<String> plugin = Optional.ofNullable(plugins.getPlugin(PLUGIN_KEY)).map(Plugin::getPluginInformation)
                .map(PluginInformation::getVersion).filter(version -> !version.isBlank());
        return new Versions(plugin, application.getVersion(), application.getBuildNumber());
    }
}
