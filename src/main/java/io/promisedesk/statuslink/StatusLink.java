package io.promisedesk.statuslink;

import io.promisedesk.common.Require;

import java.time.Instant;
import java.util.Optional;

/**
 * A read-only status link as stored: its token's hash (never the token), its creator, what it shows and whether it
 * shows the reasons of ETA changes, when it was created and expires, whether it was revoked, and when and how often it
 * was viewed.
 */
public record StatusLink(TokenHash hash, String creator, StatusLinkScope scope, boolean includesReasons,
                         Instant created, Instant expires, Optional<Revocation> revocation,
                         Optional<Instant> lastViewed, long views) {
    public StatusLink {
        Require.present(hash, "hash");
        Require.notBlank(creator, "creator", Require.USER_NAME_LENGTH);
        Require.present(scope, "scope");
        Require.present(created, "created");
        Require.present(expires, "expires");
        if (!expires.isAfter(created)) {
            throw new IllegalArgumentException("expires must be after created, was " + expires + " <= " + created);
        }
        Require.present(revocation, "revocation");
        Require.present(lastViewed, "lastViewed");
        if (views < 0) {
            throw new IllegalArgumentException("views must be >= 0, was " + views);
        }
    }

    /** A link just created: not revoked, never viewed. */
    public static StatusLink created(TokenHash hash, String creator, StatusLinkScope scope, boolean includesReasons,
                                     Instant created, Instant expires) {
        return new StatusLink(hash, creator, scope, includesReasons, created, expires, Optional.empty(),
                Optional.empty(), 0);
    }

    /** Whether the link still opens at {@code now}: not revoked, and {@code now} before its expiry. */
    public boolean isLive(Instant now) {
        return revocation.isEmpty() && now.isBefore(expires);
    }

    /** The link after one more view at {@code at}. */
    public StatusLink viewed(Instant at) {
        return new StatusLink(hash, creator, scope, includesReasons, created, expires, revocation, Optional.of(at),
                views + 1);
    }

    /** The link revoked by {@code by} at {@code at}. */
    public StatusLink revoked(String by, Instant at) {
        return new StatusLink(hash, creator, scope, includesReasons, created, expires,
                Optional.of(new Revocation(by, at)), lastViewed, views);
    }
}
