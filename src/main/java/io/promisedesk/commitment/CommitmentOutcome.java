package io.promisedesk.commitment;

/**
 * What became of a request to set an issue's commitment: saved ({@link CommitmentSaved}), or refused because the
 * commitment the salesperson saw is no longer the ({@link CommitmentStale}).
 */
public sealed interface CommitmentOutcome permits CommitmentSaved, CommitmentStale {
}
