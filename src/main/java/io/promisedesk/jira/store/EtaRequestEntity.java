package io.promisedesk.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One ETA request with its answer; its asks are {@link EtaRequestAskEntity} rows. A change writes a new row in place
 * of the old one, so the conditional delete of the old row is the optimistic check.
 */
@Preload
@Table("ETA_REQUEST")
public interface EtaRequestEntity extends Entity {
    String REQUEST_NO = "REQUEST_NO";
    String REVISION = "REVISION";
    String ISSUE_KEY = "ISSUE_KEY";
    String TEAM_KEY = "TEAM_KEY";
    String REQUEST_STATE = "REQUEST_STATE";
    String OPEN_SLOT = "OPEN_SLOT";
    String COMMITMENT_DATE = "COMMITMENT_DATE";
    String ANSWER_AUTHOR = "ANSWER_AUTHOR";
    String ANSWERED_AT = "ANSWERED_AT";
    String ANSWER_OLD_ETA = "ANSWER_OLD_ETA";
    String ANSWER_NEW_ETA = "ANSWER_NEW_ETA";
    String ANSWER_REASON = "ANSWER_REASON";

    /** The request's id, from {@link EtaRequestNumberEntity}. */
    @NotNull
    @Unique
    long getRequestNo();

    /** Counts the request's changes; the next write deletes only the row of the revision it read. */
    @NotNull
    int getRevision();

    @NotNull
    @Indexed
    String getIssueKey();

    @NotNull
    @Indexed
    String getTeamKey();

    /** The name of a {@code RequestState}. */
    @NotNull
    String getRequestState();

    /**
     * The issue key while the request is open, "#" and the request number once answered: unique and never null (SQL
     * Server allows one NULL in a unique column), so the database itself keeps one open request per issue.
     */
    @NotNull
    @Unique
    String getOpenSlot();

    /** An ISO-8601 date, or null. */
    String getCommitmentDate();

    String getAnswerAuthor();

    /** An ISO-8601 instant; null while open. */
    String getAnsweredAt();

    String getAnswerOldEta();

    String getAnswerNewEta();

    @StringLength(StringLength.UNLIMITED)
    String getAnswerReason();
}
