package com.atlassian.plugin;

/**
 * Compile-only declaration of the plugin framework's view of installed plugins, only the lookup by key. Jira provides
 * the real type; this copy is never packaged (docs/jira-api-surface.md).
 */
public interface PluginAccessor {

    /** The installed plugin of that key, or null. */
    Plugin getPlugin(String key);
}
