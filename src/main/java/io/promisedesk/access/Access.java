package io.promisedesk.access;

import io.promisedesk.work.IssueKey;

import java.util.Optional;

/**
 * What the person making the current request may see and do; in Jira it answers from Jira's permissions and the
 * configured sales groups for the logged-in user, in the workbench from its role switch.
 *
 * <p>One instance serves every request: implementations read the current person from the request's thread (as
 * Jira's authentication context does), so services and resources may keep it in a field.
 */
public interface Access {

    /** The current person's user name; empty when nobody is logged in. */
    Optional<String> user();

    /** Whether the current person may see the issue (Jira's Browse Projects on its project); false for no issue. */
    boolean canBrowse(IssueKey issue);

    /** Whether the current person may change the issue's ETA (Jira's Edit Issues on its project). */
    boolean canEdit(IssueKey issue);

    /** Whether the current person is a Jira administrator, who alone configures Promise Desk. */
    boolean isAdministrator();

    /** Whether the current person belongs to one of the configured sales groups. */
    boolean isSales();
}
