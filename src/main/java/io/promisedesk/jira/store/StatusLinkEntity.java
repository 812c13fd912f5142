package io.promisedesk.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A read-only status link, by the SHA-256 of its token; the token itself is never stored. A change (a view, a
 * revocation) deletes the row only where it still holds the revision the writer read, then writes the next one, so
 * of two nodes changing the same link the database lets one through and the other reads again.
 */
@Preload
@Table("STATUS_LINK")
public interface StatusLinkEntity extends Entity {
    String TOKEN_HASH = "TOKEN_HASH";
    String REVISION = "REVISION";
    String CREATOR = "CREATOR";
    String SCOPE_KIND = "SCOPE_KIND";
    String SCOPE_VALUE = "SCOPE_VALUE";
    String INCLUDES_REASONS = "INCLUDES_REASONS";
    String CREATED_AT = "CREATED_AT";
    String EXPIRES_AT = "EXPIRES_AT";
    String REVOKED_AT = "REVOKED_AT";
    String REVOKED_BY = "REVOKED_BY";
    String LAST_VIEWED_AT = "LAST_VIEWED_AT";
    String VIEW_COUNT = "VIEW_COUNT";

    /** 64 hex digits; unique, so one token can never name two links. */
    @NotNull
    @Unique
    @StringLength(64)
    String getTokenHash();

    @NotNull
    int getRevision();

    @NotNull
    String getCreator();

    /** What the link shows: "ISSUE", "CUSTOMER" or "COMMITMENTS" (statuslink.ScopeText). */
    @NotNull
    String getScopeKind();

    /** The scope's value: the issue key, the customer's name, or the list's filter as a URL query; never searched. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getScopeValue();

    /** Whether the link shows the reasons of ETA changes, as its creator chose. */
    @NotNull
    boolean getIncludesReasons();

    /** ISO-8601 instants, as {@code Instant.toString()} writes them. */
    @NotNull
    String getCreatedAt();

    @NotNull
    String getExpiresAt();

    String getRevokedAt();

    String getRevokedBy();

    String getLastViewedAt();

    @NotNull
    long getViewCount();
}
