package com.atlassian.plugin;

/**
 * Compile-only declaration of a plugin's information, only its version with the real class's no-argument constructor
 * and setter (tests build one). A class in the plugin framework, so unit tests run this copy's code
 * (docs/jira-api-surface.md). Never packaged.
 */
public class PluginInformation {
    private String version;

    public PluginInformation() {
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }
}
