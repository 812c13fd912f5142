package io.promisedesk.workload;

import java.util.List;

/**
 * What a technician needs to judge one commitment: the verdict, how many other commitments are at risk,
 * how many issues due by then are guesses, and the issues that weigh most.
 */
public record CommitmentRisk(
        IssueVerdict verdict,
        int otherCommitmentsAtRisk,
        int unestimatedIssuesDue,
        List<IssueVerdict> largestContributors) {

    public CommitmentRisk {
        largestContributors = List.copyOf(largestContributors);
    }
}
