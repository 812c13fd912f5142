package io.promisedesk.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The version of the settings that are not per team and the admin's single-valued policies; at most one row, its
 * scope unique, so two first saves cannot both succeed. Phrase overrides, sales groups and e-mail domains are rows of
 * their own. The policy columns came later and are nullable: a row saved before them reads as the defaults.
 */
@Preload
@Table("GLOBAL_SETTINGS")
public interface GlobalSettingsEntity extends Entity {
    String SETTINGS_SCOPE = "SETTINGS_SCOPE";
    String SETTINGS_VERSION = "SETTINGS_VERSION";
    String SNAPSHOT_WAIT_MINUTES = "SNAPSHOT_WAIT_MINUTES";
    String STATUS_LINKS_ENABLED = "STATUS_LINKS_ENABLED";
    String STATUS_LINK_MAX_DAYS = "STATUS_LINK_MAX_DAYS";

    /** Always "global". */
    @NotNull
    @Unique
    String getSettingsScope();

    @NotNull
    long getSettingsVersion();

    /** Minutes; null before the policies existed. */
    Integer getSnapshotWaitMinutes();

    /** Null before the policies existed. */
    Boolean getStatusLinksEnabled();

    /** Days; null before the policies existed. */
    Integer getStatusLinkMaxDays();
}
