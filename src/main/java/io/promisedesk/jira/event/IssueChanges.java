package io.promisedesk.jira.event;

import io.promisedesk.common.Require;
import io.promisedesk.settings.StoredTeamDirectory;
import io.promisedesk.work.IssueKey;
import io.promisedesk.workload.TeamSnapshots;

import java.util.Optional;

/**
 * What an issue event means for the teams' snapshots, without Jira: a changed, created or deleted issue makes every
 * team that claims its project compute again; a moved one makes all teams compute again, since the event names the
 * issue only by its new key and the team it left is not known.
 */
public final class IssueChanges {
    private final TeamSnapshots snapshots;
    private final StoredTeamDirectory directory;

    public IssueChanges(TeamSnapshots snapshots, StoredTeamDirectory directory) {
        this.snapshots = Require.present(snapshots, "snapshots");
        this.directory = Require.present(directory, "directory");
    }

    /**
     * The issue was created, edited, transitioned, assigned, commented, deleted: the team the directory gives and
     * every other team claiming the project (teams sharing a project, each narrowed by its filter) forget their
     * snapshots.
     */
    public void changed(IssueKey issue) {
        Require.present(issue, "issue");
        snapshots.issueChanged(issue, Optional.empty());
        directory.teamsClaiming(issue).stream().skip(1).forEach(snapshots::invalidate);
    }

    /** The issue moved to another project under a new key: every snapshot is forgotten, moves being rare. */
    public void moved(IssueKey currentKey) {
        Require.present(currentKey, "currentKey");
        snapshots.settingsChanged();
    }
}
