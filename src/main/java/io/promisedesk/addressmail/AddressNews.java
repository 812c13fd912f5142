package io.promisedesk.addressmail;

import io.promisedesk.common.Require;
import io.promisedesk.work.IssueKey;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What an address is told of one issue in one digest, and nothing more: the issue, its summary, the ETA now and
 * before the period, and the promised date. Never who moved the ETA or why, the assignee, the remaining work or the
 * commitment's note: the fields of this record are all an address mail can show.
 *
 * @param issue     the issue
 * @param summary   its summary in Jira now; empty when it has none
 * @param etaBefore the ETA before the period's first change; empty when the issue had none
 * @param eta       the ETA after the period's last change
 * @param promised  the date promised on the commitment that names the address
 */
public record AddressNews(IssueKey issue, Optional<String> summary, Optional<LocalDate> etaBefore, LocalDate eta,
                          LocalDate promised) {
    public AddressNews {
        Require.present(issue, "issue");
        Require.present(summary, "summary");
        Require.present(etaBefore, "etaBefore");
        Require.present(eta, "eta");
        Require.present(promised, "promised");
    }

    /** Whether the ETA now is later than before: the customer will want to know first. */
    public boolean slipped() {
        return etaBefore.isPresent() && eta.isAfter(etaBefore.get());
    }
}
