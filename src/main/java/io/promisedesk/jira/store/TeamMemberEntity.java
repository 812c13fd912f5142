package io.promisedesk.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A member of a team with the hours they work a week, in the order the admin listed them. */
@Preload
@Table("TEAM_MEMBER")
public interface TeamMemberEntity extends Entity {
    String TEAM_KEY = "TEAM_KEY";
    String LIST_POSITION = "LIST_POSITION";
    String USER_NAME = "USER_NAME";
    String WEEKLY_MILLI = "WEEKLY_MILLI";

    @NotNull
    @Indexed
    String getTeamKey();

    @NotNull
    int getListPosition();

    @NotNull
    String getUserName();

    /** Thousandths of an hour. */
    @NotNull
    long getWeeklyMilli();
}
