package io.promisedesk.digest;

import io.promisedesk.access.BrowsePermissions;
import io.promisedesk.work.IssueKey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The news a salesperson may be told: entries on issues they may browse now. Made anew for each run or preview, it
 * asks Jira once per salesperson and issue, however many changes the issue had.
 */
final class BrowseChecks {
    private final BrowsePermissions permissions;
    private final Map<Reading, Boolean> answers = new HashMap<>();

    BrowseChecks(BrowsePermissions permissions) {
        this.permissions = permissions;
    }

    List<DigestEntry> visibleTo(String user, List<DigestEntry> entries) {
        return entries.stream()
                .filter(entry -> answers.computeIfAbsent(new Reading(user, entry.change().issue()),
                        reading -> permissions.canBrowse(reading.user(), reading.issue())))
                .toList();
    }

    private record Reading(String user, IssueKey issue) {
    }
}
