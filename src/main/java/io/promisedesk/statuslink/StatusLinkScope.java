package io.promisedesk.statuslink;

import io.promisedesk.common.Require;
import io.promisedesk.work.IssueKey;

/**
 * What a status link shows. This first slice knows one scope, one issue's sales view; a customer's review and
 * "My commitments" come as further scopes.
 */
public sealed interface StatusLinkScope permits StatusLinkScope.OneIssue {

    /** The issue the link shows, as its sales view would, ETA-only. */
    record OneIssue(IssueKey issue) implements StatusLinkScope {
        public OneIssue {
            Require.present(issue, "issue");
        }
    }
}
