package io.promisedesk.digest;

import io.promisedesk.common.Require;

import java.time.Instant;

/**
 * How far a salesperson's digests have got: every ETA change up to and including {@code coveredUpTo} was sent to
 * them, or had nothing for them.
 */
public record DigestMark(String user, Instant coveredUpTo) {
    public DigestMark {
        user = Require.notBlank(user, "user", Require.USER_NAME_LENGTH);
        Require.present(coveredUpTo, "coveredUpTo");
    }
}
