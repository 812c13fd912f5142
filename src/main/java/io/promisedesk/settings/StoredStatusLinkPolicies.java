package io.promisedesk.settings;

import io.promisedesk.common.Require;
import io.promisedesk.statuslink.StatusLinkPolicies;
import io.promisedesk.statuslink.StatusLinkPolicy;

/** The status links' policy as the global settings store holds it now. */
public final class StoredStatusLinkPolicies implements StatusLinkPolicies {
    private final GlobalSettingsStore settings;

    public StoredStatusLinkPolicies(GlobalSettingsStore settings) {
        this.settings = Require.present(settings, "settings");
    }

    @Override
    public StatusLinkPolicy current() {
        return settings.load().value().statusLinks();
    }
}
