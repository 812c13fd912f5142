package io.promisedesk.workload;

import io.promisedesk.team.TeamKey;
import io.promisedesk.work.WorkItem;

import java.util.List;

/**
 * The port that gives a team's work items; in Jira, one search per team that reads only the fields the engine
 * needs.
 */
public interface WorkItemSource {

    /**
     * The team's issues as they are now, each once; resolved and uncommitted ones may be left out, as they do not
     * count towards the load. Empty for a team with no work, or one that is not configured.
     */
    List<WorkItem> workOf(TeamKey team);
}
