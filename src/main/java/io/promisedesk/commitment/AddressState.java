package io.promisedesk.commitment;

/**
 * Whether an address a commitment names gets its digests: those who see the commitment see why one does not.
 */
public enum AddressState {
    /** Digests go to it. */
    MAILED,
    /** Its domain was allowed when it was typed but an administrator has since restricted the domains: kept, not mailed. */
    DOMAIN_NOT_ALLOWED,
    /** Its owner followed the unsubscribe link of a digest: kept, not mailed. */
    UNSUBSCRIBED
}
