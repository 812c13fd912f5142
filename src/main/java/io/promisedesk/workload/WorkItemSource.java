package io.promisedesk.workload;

import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;

import java.util.List;
import java.util.Optional;

/**
 * The port that gives a team's work items: in Jira, one search per team that reads only the fields the engine needs,
 * and one issue at a time when an issue event says which one changed.
 */
public interface WorkItemSource {

    /**
     * The team's issues as they are now, each once; resolved and uncommitted ones may be left out, as they do not
     * count towards the load. Empty for a team with no work, or one that is not configured.
     */
    List<WorkItem> workOf(TeamKey team);

    /**
     * The one issue as it is now when {@link #workOf} would give it for the team now; empty when it would not (another
     * team's, out of the team's filter, left out as resolved, deleted). Cheap: one lookup, never the team's search.
     */
    Optional<WorkItem> workItemOf(TeamKey team, IssueKey issue);
}
