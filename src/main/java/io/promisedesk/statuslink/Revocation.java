package io.promisedesk.statuslink;

import io.promisedesk.common.Require;

import java.time.Instant;

/** Who revoked a status link, and when. */
public record Revocation(String by, Instant at) {
    public Revocation {
        Require.notBlank(by, "by", Require.USER_NAME_LENGTH);
        Require.present(at, "at");
    }
}
