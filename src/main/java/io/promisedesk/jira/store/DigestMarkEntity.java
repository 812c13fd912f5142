package io.promisedesk.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * How far a salesperson's digests have got. A move deletes the row only where it still holds the instant the mover
 * read, then writes the new one, so of two runs moving the same mark the database lets one through.
 */
@Preload
@Table("DIGEST_MARK")
public interface DigestMarkEntity extends Entity {
    String USER_NAME = "USER_NAME";
    String COVERED_UP_TO = "COVERED_UP_TO";

    /** Unique, so two runs giving a user their first mark cannot both succeed. */
    @NotNull
    @Unique
    String getUserName();

    /** An ISO-8601 instant, as {@code Instant.toString()} writes it: one text per instant, so equality is exact. */
    @NotNull
    String getCoveredUpTo();
}
