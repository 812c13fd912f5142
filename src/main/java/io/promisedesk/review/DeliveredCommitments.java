package io.promisedesk.review;

import java.time.LocalDate;
import java.util.List;

/**
 * Where the review reads the commitments already delivered: in Jira the configured teams' resolved issues with a
 * Sales Commitment, found whoever may see them (the review leaves out what its reader may not browse).
 */
public interface DeliveredCommitments {

    /** Every commitment whose issue was resolved on or after {@code firstDay}, each once, in any order. */
    List<DeliveredCommitment> deliveredSince(LocalDate firstDay);
}
