package io.promisedesk.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The unsubscribe link of one digest mail to an address: the SHA-256 of its token, never the token, and the address
 * it unsubscribes.
 */
@Preload
@Table("UNSUB_TOKEN")
public interface UnsubscribeTokenEntity extends Entity {
    String TOKEN_HASH = "TOKEN_HASH";
    String ADDRESS = "ADDRESS";
    String CREATED_AT = "CREATED_AT";

    /** 64 lower-case hex digits. */
    @NotNull
    @Unique
    String getTokenHash();

    /** The address as the commitment names it, at most 254 characters. */
    @NotNull
    String getAddress();

    /** An ISO-8601 instant. */
    @NotNull
    @Indexed
    String getCreatedAt();
}
