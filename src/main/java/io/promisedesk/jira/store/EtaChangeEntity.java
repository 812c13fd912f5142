package io.promisedesk.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One move of an issue's ETA, never changed once written: the issue's history is its rows in step order. */
@Preload
@Table("ETA_CHANGE")
public interface EtaChangeEntity extends Entity {
    String ISSUE_KEY = "ISSUE_KEY";
    String ISSUE_STEP = "ISSUE_STEP";
    String AUTHOR = "AUTHOR";
    String CHANGED_AT = "CHANGED_AT";
    String OLD_ETA = "OLD_ETA";
    String NEW_ETA = "NEW_ETA";
    String REASON = "REASON";

    @NotNull
    @Indexed
    String getIssueKey();

    /** "OPS-12/3" for the third change of OPS-12: unique, so two writers of the same step cannot both succeed. */
    @NotNull
    @Unique
    String getIssueStep();

    @NotNull
    String getAuthor();

    /** An ISO-8601 instant. */
    @NotNull
    String getChangedAt();

    /** An ISO-8601 date; null for the issue's first ETA. */
    String getOldEta();

    @NotNull
    String getNewEta();

    @StringLength(StringLength.UNLIMITED)
    String getReason();
}
