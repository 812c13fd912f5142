package io.promisedesk.statuslink;

import io.promisedesk.commitment.CommitmentStore;
import io.promisedesk.common.Require;
import io.promisedesk.review.CustomerIndex;
import io.promisedesk.sales.CommitmentList;
import io.promisedesk.sales.CommitmentQuery;
import io.promisedesk.sales.SalesIssue;
import io.promisedesk.sales.SalesIssues;
import io.promisedesk.team.Team;
import io.promisedesk.team.TeamDirectory;
import io.promisedesk.work.IssueKey;
import io.promisedesk.workload.IssueVerdict;
import io.promisedesk.workload.TeamSnapshot;
import io.promisedesk.workload.TeamSnapshots;
import io.promisedesk.workload.WorkItemSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The issues a status link shows now, each with its team's snapshot: for one issue that issue, for a customer's review
 * the open commitments to that customer, for "My commitments" the list under the link's filter (the creator's own, or
 * every one they may browse); always only issues its creator may browse now, as {@code browsable} says.
 */
public final class LinkedIssues {
    private final TeamDirectory teams;
    private final TeamSnapshots snapshots;
    private final SalesIssues issues;
    private final CommitmentStore commitments;

    public LinkedIssues(TeamDirectory teams, TeamSnapshots snapshots, WorkItemSource work,
                        CommitmentStore commitments) {
        this.teams = Require.present(teams, "teams");
        this.snapshots = Require.present(snapshots, "snapshots");
        this.issues = new SalesIssues(teams, snapshots, work);
        this.commitments = Require.present(commitments, "commitments");
    }

    /**
     * What {@code link} shows for its creator's {@code browsable} issues; a list at most
     * {@link CommitmentQuery#MAX_PAGE_SIZE} long. Empty for one issue that is gone or no longer browsable.
     */
    public List<SalesIssue> of(StatusLink link, Predicate<IssueKey> browsable) {
        Require.present(link, "link");
        Require.present(browsable, "browsable");
        if (link.scope() instanceof StatusLinkScope.OneIssue one) {
            return browsable.test(one.issue()) ? issues.find(one.issue()).stream().toList() : List.of();
        }
        Map<IssueKey, SalesIssue> byKey = new HashMap<>();
        List<IssueVerdict> verdicts = new ArrayList<>();
        for (Team team : teams.teams()) {
            Optional<TeamSnapshot> snapshot = snapshots.snapshot(team.key());
            if (snapshot.isEmpty()) {
                continue;
            }
            for (IssueVerdict verdict : snapshot.get().assessment().verdicts()) {
                if (shows(link, verdict) && browsable.test(verdict.item().key())) {
                    verdicts.add(verdict);
                    byKey.put(verdict.item().key(), new SalesIssue(verdict.item(), team, snapshot.get()));
                }
            }
        }
        List<IssueVerdict> ordered = link.scope() instanceof StatusLinkScope.Commitments list
                ? CommitmentList.selected(verdicts, list.query()) : verdicts;
        return ordered.stream().limit(CommitmentQuery.MAX_PAGE_SIZE)
                .map(verdict -> byKey.get(verdict.item().key())).toList();
    }

    /** Whether the link's scope takes the commitment, before the browse check, which asks Jira and so comes last. */
    private boolean shows(StatusLink link, IssueVerdict verdict) {
        if (link.scope() instanceof StatusLinkScope.CustomerReview review) {
            return verdict.commitment().customerIfKnown()
                    .filter(customer -> CustomerIndex.sameCustomer(customer, review.customer())).isPresent();
        }
        CommitmentQuery query = ((StatusLinkScope.Commitments) link.scope()).query();
        return query.scope() == CommitmentQuery.Scope.ALL || commitments.load(verdict.item().key())
                .map(saved -> saved.current().author().equals(link.creator())).orElse(false);
    }
}
