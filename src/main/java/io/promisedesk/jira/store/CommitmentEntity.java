package io.promisedesk.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One commitment sales set on an issue, never changed once written: the issue's promises are its rows in step order,
 * the newest the current one.
 */
@Preload
@Table("SALES_COMMITMENT")
public interface CommitmentEntity extends Entity {
    String ISSUE_KEY = "ISSUE_KEY";
    String ISSUE_STEP = "ISSUE_STEP";
    String PROMISED_ON = "PROMISED_ON";
    String CUSTOMER = "CUSTOMER";
    String COMMITMENT_NOTE = "COMMITMENT_NOTE";
    String AUTHOR = "AUTHOR";
    String SET_AT = "SET_AT";
    String INFORMED_ADDRESSES = "INFORMED_ADDRESSES";

    @NotNull
    @Indexed
    String getIssueKey();

    /** "OPS-12/3" for the third commitment set on OPS-12: unique, so two writers of one step cannot both succeed. */
    @NotNull
    @Unique
    String getIssueStep();

    /** The promised day, an ISO-8601 date. */
    @NotNull
    String getPromisedOn();

    /** Null for a commitment to an unknown customer. */
    String getCustomer();

    /** Up to 500 characters, more than a plain text column holds. */
    @StringLength(StringLength.UNLIMITED)
    String getCommitmentNote();

    @NotNull
    String getAuthor();

    /** An ISO-8601 instant. */
    @NotNull
    String getSetAt();

    /**
     * The e-mail addresses it keeps informed, one {@code "language address"} per line; null when none. Added in 1.x
     * as a nullable column, so Active Objects adds it to an existing table and the rows written before read as none.
     */
    @StringLength(StringLength.UNLIMITED)
    String getInformedAddresses();
}
