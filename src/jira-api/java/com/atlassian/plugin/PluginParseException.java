package com.atlassian.plugin;

/**
 * Compile-only declaration of the plugin framework's unchecked parse failure, named in the {@code init} signatures
 * of conditions and context providers. Never packaged (docs/jira-api-surface.md).
 */
public class PluginParseException extends RuntimeException {

    public PluginParseException(String message) {
        super(message);
    }
}
