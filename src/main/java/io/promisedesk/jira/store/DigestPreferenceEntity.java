package io.promisedesk.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A salesperson's choice of digest frequency; a user who never chose has no row. */
@Preload
@Table("DIGEST_PREFERENCE")
public interface DigestPreferenceEntity extends Entity {
    String USER_NAME = "USER_NAME";
    String FREQUENCY = "FREQUENCY";

    /** Unique, so two first choices of one user cannot both be written. */
    @NotNull
    @Unique
    String getUserName();

    /** The form value of a {@code DigestFrequency}: daily or weekly. */
    @NotNull
    String getFrequency();
}
