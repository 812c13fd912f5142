package io.promisedesk.workload;

import io.promisedesk.common.Require;
import io.promisedesk.team.TeamDirectory;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps issues in memory and gives each team the ones its directory assigns to it, for tests and the local
 * workbench; safe to share between threads.
 *
 * <p>Membership is the directory's alone, as in Jira, so the two ports can never disagree about whose an issue is.
 */
public final class InMemoryWorkItemSource implements WorkItemSource {
    private final TeamDirectory directory;
    private final Object lock = new Object();
    private final Map<IssueKey, WorkItem> items = new LinkedHashMap<>();

    public InMemoryWorkItemSource(TeamDirectory directory) {
        this.directory = Require.present(directory, "directory");
    }

    /** Adds the item, or replaces the item with the same key. */
    public void put(WorkItem item) {
        Require.present(item, "item");
        synchronized (lock) {
            items.put(item.key(), item);
        }
    }

    public void remove(IssueKey issue) {
        Require.present(issue, "issue");
        synchronized (lock) {
            items.remove(issue);
        }
    }

    @Override
    public List<WorkItem> workOf(TeamKey team) {
        Require.present(team, "team");
        List<WorkItem> all;
        synchronized (lock) {
            all = List.copyOf(items.values());
        }
        List<WorkItem> work = new ArrayList<>();
        for (WorkItem item : all) {
            if (directory.teamOf(item.key()).filter(team::equals).isPresent()) {
                work.add(item);
            }
        }
        return work;
    }

    @Override
    public Optional<WorkItem> workItemOf(TeamKey team, IssueKey issue) {
        Require.present(team, "team");
        Require.present(issue, "issue");
        if (directory.teamOf(issue).filter(team::equals).isEmpty()) {
            return Optional.empty();
        }
        synchronized (lock) {
            return Optional.ofNullable(items.get(issue));
        }
    }
}
