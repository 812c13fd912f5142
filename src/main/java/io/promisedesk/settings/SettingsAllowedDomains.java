package io.promisedesk.settings;

import io.promisedesk.commitment.AllowedEmailDomains;
import io.promisedesk.common.Require;

import java.util.function.Supplier;

/** The e-mail domains the administrator allows now, read from the global settings each time they are asked for. */
public final class SettingsAllowedDomains implements Supplier<AllowedEmailDomains> {
    private final GlobalSettingsStore settings;

    public SettingsAllowedDomains(GlobalSettingsStore settings) {
        this.settings = Require.present(settings, "settings");
    }

    @Override
    public AllowedEmailDomains get() {
        return settings.load().value().allowedEmailDomains();
    }
}
