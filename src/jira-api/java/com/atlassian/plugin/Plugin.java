package com.atlassian.plugin;

/**
 * Compile-only declaration of an installed plugin, only its information (the descriptor's plugin-info). Jira provides
 * the real type; this copy is never packaged (docs/jira-api-surface.md).
 */
public interface Plugin {

    PluginInformation getPluginInformation();
}
