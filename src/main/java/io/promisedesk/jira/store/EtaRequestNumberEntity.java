package io.promisedesk.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Table;

/**
 * A number taken for an ETA request: the database's auto-increment gives every node of a cluster a different one,
 * before the request itself is stored. Its only column is the ID.
 */
@Preload
@Table("ETA_REQUEST_NO")
public interface EtaRequestNumberEntity extends Entity {
}
