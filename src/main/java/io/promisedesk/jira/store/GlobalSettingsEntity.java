package io.promisedesk.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The version of the settings that are not per team; at most one row, its scope unique, so two first saves cannot
 * both succeed. Phrase overrides and sales groups are rows of their own.
 */
@Preload
@Table("GLOBAL_SETTINGS")
public interface GlobalSettingsEntity extends Entity {
    String SETTINGS_SCOPE = "SETTINGS_SCOPE";
    String SETTINGS_VERSION = "SETTINGS_VERSION";

    /** Always "global". */
    @NotNull
    @Unique
    String getSettingsScope();

    @NotNull
    long getSettingsVersion();
}
