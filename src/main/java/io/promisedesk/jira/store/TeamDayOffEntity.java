package io.promisedesk.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A date the whole team does not work (a public holiday, a company day off). */
@Preload
@Table("TEAM_DAY_OFF")
public interface TeamDayOffEntity extends Entity {
    String TEAM_KEY = "TEAM_KEY";
    String DAY_OFF = "DAY_OFF";

    @NotNull
    @Indexed
    String getTeamKey();

    /** An ISO-8601 date. */
    @NotNull
    String getDayOff();
}
