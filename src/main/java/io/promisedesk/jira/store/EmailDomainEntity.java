package io.promisedesk.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** An e-mail domain commitments may name people at; no rows means any domain. */
@Preload
@Table("EMAIL_DOMAIN")
public interface EmailDomainEntity extends Entity {
    String DOMAIN_NAME = "DOMAIN_NAME";

    /** Lower-case, at most 253 characters (a DNS name): within AO's default 255-character string column. */
    @NotNull
    String getDomainName();
}
