package io.promisedesk.review;

import io.promisedesk.commitment.Customer;
import io.promisedesk.common.Require;
import io.promisedesk.work.IssueKey;

import java.time.LocalDate;

/**
 * A commitment whose issue is done: the date promised to the customer and the day it was delivered (the issue's
 * resolution date), on time when delivered on or before the promised date.
 */
public record DeliveredCommitment(IssueKey issue, String summary, Customer customer, LocalDate promised,
                                  LocalDate delivered) {
    public DeliveredCommitment {
        Require.present(issue, "issue");
        Require.present(summary, "summary");
        Require.present(customer, "customer");
        Require.present(promised, "promised");
        Require.present(delivered, "delivered");
    }

    /** Delivering on the promised day itself keeps the promise. */
    public boolean isOnTime() {
        return !delivered.isAfter(promised);
    }
}
