package io.promisedesk.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** An address that followed an unsubscribe link: no digest goes to it any more. */
@Preload
@Table("UNSUB_ADDRESS")
public interface UnsubscribedAddressEntity extends Entity {
    String ADDRESS_KEY = "ADDRESS_KEY";
    String UNSUBSCRIBED_AT = "UNSUBSCRIBED_AT";

    /** The address in lower case, so one mailbox is one row whatever the case it was typed in. */
    @NotNull
    @Unique
    String getAddressKey();

    /** An ISO-8601 instant. */
    @NotNull
    String getUnsubscribedAt();
}
