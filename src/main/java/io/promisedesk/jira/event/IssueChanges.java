package io.promisedesk.jira.event;

import io.promisedesk.common.Require;
import io.promisedesk.settings.StoredTeamDirectory;
import io.promisedesk.work.IssueKey;
import io.promisedesk.workload.TeamSnapshots;

/**
 * What an issue event means for the teams' snapshots, without Jira: a changed, created or deleted issue is patched into
 * (or out of) the snapshot of every team that claims its project; a moved one is patched into the teams claiming its new
 * key, and every other team is searched again in the background, since the event names the issue only by its new key
 * and the team it left is not known.
 */
public final class IssueChanges {
    private final TeamSnapshots snapshots;
    private final StoredTeamDirectory directory;

    public IssueChanges(TeamSnapshots snapshots, StoredTeamDirectory directory) {
        this.snapshots = Require.present(snapshots, "snapshots");
        this.directory = Require.present(directory, "directory");
    }

    /**
     * The issue was created, edited, transitioned, assigned, commented, deleted: every team claiming its project
     * (teams sharing a project, each narrowed by its filter) patches its snapshot with the issue as it is now.
     */
    public void changed(IssueKey issue) {
        Require.present(issue, "issue");
        snapshots.issueChangedIn(issue, directory.teamsClaiming(issue));
    }

    /**
     * The issue moved to another project under a new key: the teams claiming the new key take it; every other team is
     * searched again in the background, moves being rare.
     */
    public void moved(IssueKey currentKey) {
        Require.present(currentKey, "currentKey");
        snapshots.issueArrived(currentKey, directory.teamsClaiming(currentKey));
    }
}
