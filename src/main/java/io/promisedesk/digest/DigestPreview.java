package io.promisedesk.digest;

import io.promisedesk.common.Require;

import java.time.Instant;

/** A salesperson's next digest as it stands, and from when it goes out (the job's next run after that sends it). */
public record DigestPreview(Digest digest, Instant goesOutFrom) {
    public DigestPreview {
        Require.present(digest, "digest");
        Require.present(goesOutFrom, "goesOutFrom");
    }
}
