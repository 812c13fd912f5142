package io.promisedesk.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** An admin's override: issues in this Jira status read as this phrase. */
@Preload
@Table("STATUS_PHRASE")
public interface StatusPhraseEntity extends Entity {
    String STATUS_NAME = "STATUS_NAME";
    String PHRASE = "PHRASE";

    /** As the admin typed it. */
    @NotNull
    String getStatusName();

    /** The name of a {@code BusinessPhrase}. */
    @NotNull
    String getPhrase();
}
