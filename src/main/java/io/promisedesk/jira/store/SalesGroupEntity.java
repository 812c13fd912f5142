package io.promisedesk.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A Jira group whose members are salespeople. */
@Preload
@Table("SALES_GROUP")
public interface SalesGroupEntity extends Entity {
    String GROUP_NAME = "GROUP_NAME";

    @NotNull
    String getGroupName();
}
