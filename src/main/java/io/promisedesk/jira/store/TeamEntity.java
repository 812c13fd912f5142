package io.promisedesk.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A configured team's own settings and version; members, absences, non-working dates and projects are rows of their
 * own, by the team's key. A write replaces this row, so the conditional delete of the version read is the check.
 */
@Preload
@Table("TEAM")
public interface TeamEntity extends Entity {
    String TEAM_KEY = "TEAM_KEY";
    String SETTINGS_VERSION = "SETTINGS_VERSION";
    String TEAM_NAME = "TEAM_NAME";
    String MEMBER_GROUP = "MEMBER_GROUP";
    String SCOPE_JQL = "SCOPE_JQL";
    String ZONE_ID = "ZONE_ID";
    String WORKING_DAYS = "WORKING_DAYS";
    String FOCUS_MILLI = "FOCUS_MILLI";
    String WARN_MILLI = "WARN_MILLI";
    String CRITICAL_MILLI = "CRITICAL_MILLI";
    String DEFAULT_ESTIMATE_MILLI = "DEFAULT_ESTIMATE_MILLI";

    @NotNull
    @Unique
    String getTeamKey();

    @NotNull
    long getSettingsVersion();

    @NotNull
    String getTeamName();

    /** The Jira group of the team's members, or null. */
    String getMemberGroup();

    /** The JQL that narrows the team's projects, or null. */
    @StringLength(StringLength.UNLIMITED)
    String getScopeJql();

    /** A {@code java.time.ZoneId}, e.g. "Europe/Amsterdam". */
    @NotNull
    String getZoneId();

    /** Weekday names, comma separated, Monday first: "MONDAY,TUESDAY". */
    @NotNull
    String getWorkingDays();

    /** Thousandths, as the domain keeps them: 850 is 0.85. */
    @NotNull
    long getFocusMilli();

    @NotNull
    long getWarnMilli();

    @NotNull
    long getCriticalMilli();

    /** Thousandths of an hour. */
    @NotNull
    long getDefaultEstimateMilli();
}
