package io.promisedesk.access;

import io.promisedesk.work.IssueKey;

/**
 * Whether a named user, not necessarily the one making the current request, may see an issue now: what a job asks
 * before it tells someone about an issue (in Jira, Browse Projects on the issue for that user).
 */
public interface BrowsePermissions {

    /** False for a user or issue that does not exist, and for a user who may no longer log in. */
    boolean canBrowse(String user, IssueKey issue);
}
