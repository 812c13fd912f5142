package io.promisedesk.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A Jira project whose issues are a team's work. */
@Preload
@Table("TEAM_PROJECT")
public interface TeamProjectEntity extends Entity {
    String TEAM_KEY = "TEAM_KEY";
    String PROJECT_KEY = "PROJECT_KEY";

    @NotNull
    @Indexed
    String getTeamKey();

    @NotNull
    String getProjectKey();
}
