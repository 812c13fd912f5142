package io.promisedesk.health;

import io.promisedesk.common.Require;

import java.util.Optional;

/** The port that says which Promise Desk runs on which Jira. */
public interface VersionProbe {

    Versions versions();

    /** The plugin's version as the host loaded it (empty when the host does not say), and the host's version and build. */
    record Versions(Optional<String> plugin, String jira, String jiraBuild) {
        public Versions {
            Require.present(plugin, "plugin");
            jira = jira == null ? "" : jira.strip();
            jiraBuild = jiraBuild == null ? "" : jiraBuild.strip();
        }
    }
}
