package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;

import java.util.Map;

/**
 * Compile-only declaration of the plugin framework's context provider, which gives a web panel's template its
 * context. Both of its methods are declared, as we implement it. Never packaged (docs/jira-api-surface.md).
 */
public interface ContextProvider {

    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
