package io.promisedesk.workload;

import io.promisedesk.team.TeamKey;

import java.util.Optional;

/**
 * The port that tells every node when a team's issues or settings changed: one mark per team, which any node may
 * replace with a new one, and every node reads cheaply. A node whose snapshot was made at another mark than the one it
 * reads now knows the snapshot misses a change made elsewhere.
 *
 * <p>Marks are short texts, equal on every node once the cluster has passed a change on; two nodes replacing one mark
 * at once may each end up with the other's, which only makes both refresh.
 */
public interface ChangeMarks {

    /** The team's mark as this node sees it now; empty when no node has marked the team since the cluster started. */
    Optional<String> markOf(TeamKey team);

    /** Replaces the team's mark with a new one, unique in the cluster, and returns it. */
    String touch(TeamKey team);
}
