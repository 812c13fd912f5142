package io.promisedesk.settings;

import io.promisedesk.team.TeamKey;

import java.util.List;
import java.util.Optional;

/**
 * The port that keeps configured teams, each under a version that every write checks (optimistic locking: of two
 * admins editing one team, the second is told, nothing is lost silently). In Jira: Active Objects.
 *
 * <p>A write is all or nothing: a team is never stored half saved.
 */
public interface TeamSettingsStore {

    /** Every configured team with its version, in no particular order. */
    List<Versioned<TeamSettings>> all();

    Optional<Versioned<TeamSettings>> find(TeamKey key);

    /** Stores a new team at version 1; {@code Conflict} with the stored one when the key is taken. */
    StoreOutcome<TeamSettings> create(TeamSettings settings);

    /**
     * Replaces the team saved as {@code expectedVersion} and bumps the version; {@code Conflict} when the stored
     * version differs, {@code Missing} when the team is gone.
     */
    StoreOutcome<TeamSettings> update(TeamSettings settings, long expectedVersion);

    /**
     * Deletes the team if it is still at {@code expectedVersion}; only the team's settings go, issue data (ETAs,
     * commitments, requests) is left untouched.
     */
    StoreOutcome<TeamSettings> delete(TeamKey key, long expectedVersion);
}
