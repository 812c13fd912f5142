package io.promisedesk.digest;

import io.promisedesk.common.Require;

import java.time.Instant;

/**
 * How far a salesperson's digests have got: every ETA change up to and including {@code coveredUpTo} was sent to
 * them, or had nothing for them.
 */
public record DigestMark(String user, Instant coveredUpTo) {
    /**
     * How the marks of e-mail addresses kept informed begin ({@code io.promisedesk.addressmail}): they share the
     * ledger, so that the same conditional move guards them, but a salesperson's digest never counts them.
     */
    public static final String ADDRESS_PREFIX = "address:";

    public DigestMark {
        user = Require.notBlank(user, "user", Require.USER_NAME_LENGTH);
        Require.present(coveredUpTo, "coveredUpTo");
    }

    /** Whether this is the mark of an e-mail address rather than of a salesperson. */
    public boolean isAddress() {
        return user.startsWith(ADDRESS_PREFIX);
    }
}
