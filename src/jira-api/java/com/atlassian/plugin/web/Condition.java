package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;

import java.util.Map;

/**
 * Compile-only declaration of the plugin framework's condition, which decides whether a web fragment shows. Both of
 * its methods are declared, as we implement it. Never packaged (docs/jira-api-surface.md).
 */
public interface Condition {

    void init(Map<String, String> params) throws PluginParseException;

    boolean shouldDisplay(Map<String, Object> context);
}
