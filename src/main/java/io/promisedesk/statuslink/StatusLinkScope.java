package io.promisedesk.statuslink;

import io.promisedesk.commitment.Customer;
import io.promisedesk.common.Require;
import io.promisedesk.sales.CommitmentQuery;
import io.promisedesk.work.IssueKey;

/**
 * What a status link shows, chosen where it was created: one issue's sales view, a customer's review, or "My
 * commitments" with its filter. Each shows only the issues its creator may still browse when it is opened.
 */
public sealed interface StatusLinkScope permits StatusLinkScope.OneIssue, StatusLinkScope.CustomerReview,
        StatusLinkScope.Commitments {

    /** The issue the link shows, as its sales view would, ETA-only. */
    record OneIssue(IssueKey issue) implements StatusLinkScope {
        public OneIssue {
            Require.present(issue, "issue");
        }
    }

    /** The open commitments to one customer, as the customer's review lists them, ETA-only. */
    record CustomerReview(Customer customer) implements StatusLinkScope {
        public CustomerReview {
            Require.present(customer, "customer");
        }
    }

    /**
     * "My commitments" of the link's creator under the filter and sort they had chosen; the page of the query is not
     * kept, the link shows the first {@link CommitmentQuery#MAX_PAGE_SIZE} in that order.
     */
    record Commitments(CommitmentQuery query) implements StatusLinkScope {
        public Commitments {
            Require.present(query, "query");
            query = query.withoutPaging();
        }
    }
}
