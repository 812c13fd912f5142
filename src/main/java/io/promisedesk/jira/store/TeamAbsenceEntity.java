package io.promisedesk.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A date one member of a team is away. */
@Preload
@Table("TEAM_ABSENCE")
public interface TeamAbsenceEntity extends Entity {
    String TEAM_KEY = "TEAM_KEY";
    String USER_NAME = "USER_NAME";
    String ABSENT_ON = "ABSENT_ON";

    @NotNull
    @Indexed
    String getTeamKey();

    @NotNull
    String getUserName();

    /** An ISO-8601 date. */
    @NotNull
    String getAbsentOn();
}
