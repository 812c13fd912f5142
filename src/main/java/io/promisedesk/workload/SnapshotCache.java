package io.promisedesk.workload;

import io.promisedesk.team.TeamKey;

import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * The port that keeps teams' assessed snapshots between requests, one per team and day, so that panels and
 * promise checks do not search every issue of the team again.
 *
 * <p>The contract, which is what makes a cluster-wide implementation safe:
 * <ul>
 * <li><b>Recomputable.</b> A value is only ever a cache of what {@code compute} gives from the ports (teams and
 *     their work in Jira's database) and the day; it holds nothing else. Any node may drop any value at any time
 *     and compute it again, and no node keeps state another node needs. In Jira this is a remote (cluster-wide)
 *     cache replicated by invalidation: each node computes its own values and only invalidations travel.</li>
 * <li><b>Per day.</b> A value computed for one day is never returned for another: the day is part of the key,
 *     so yesterday's snapshot is never served today.</li>
 * <li><b>Invalidation wins.</b> After {@link #invalidate} (or {@link #invalidateAll}) returns on any node, no
 *     node returns a value computed before it was called. A computation that is under way when the invalidation
 *     arrives may still answer the callers already waiting for it, but it is not kept.</li>
 * <li><b>Compute reads everything itself.</b> {@code compute} reads the ports when it runs, not before the call,
 *     so what it reads is never older than the entry it fills.</li>
 * </ul>
 */
public interface SnapshotCache {

    /**
     * The team's snapshot for {@code today}: the kept one, or the one {@code compute} gives, kept from then on.
     * Concurrent calls for the same team and day on one node share one computation.
     *
     * @param compute computes the snapshot from the ports; its exceptions reach the caller and nothing is kept
     */
    TeamAssessment get(TeamKey team, LocalDate today, Supplier<TeamAssessment> compute);

    /** Forgets the team's snapshots, whatever their day, on every node. */
    void invalidate(TeamKey team);

    /** Forgets every snapshot on every node. */
    void invalidateAll();
}
