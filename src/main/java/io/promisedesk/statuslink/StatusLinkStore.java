package io.promisedesk.statuslink;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where status links are kept, by the hash of their token; the token itself is never given to a store. */
public interface StatusLinkStore {

    /** Keeps a new link; refuses ({@link IllegalStateException}) a hash the store already holds. */
    void add(StatusLink link);

    /** The link whose token hashes to {@code hash}, live or not. */
    Optional<StatusLink> find(TokenHash hash);

    /** Every link kept, live or not, oldest first. */
    List<StatusLink> all();

    /** Marks the link revoked; false when there is no such link or it was revoked already (the first one stays). */
    boolean revoke(TokenHash hash, String by, Instant at);

    /** Counts one view at {@code at}; concurrent views are all counted. Nothing happens for an unknown hash. */
    void recordView(TokenHash hash, Instant at);
}
