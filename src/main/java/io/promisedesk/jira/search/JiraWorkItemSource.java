package io.promisedesk.jira.search;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import io.promisedesk.common.Require;
import io.promisedesk.jira.field.EtaFieldType;
import io.promisedesk.jira.field.SalesCommitmentFieldType;
import io.promisedesk.settings.TeamScope;
import io.promisedesk.settings.TeamSettings;
import io.promisedesk.settings.TeamSettingsStore;
import io.promisedesk.settings.Versioned;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.WorkItemSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A team's work from Jira's search: one query per team (its projects, its filter, unresolved), read in pages
 * ({@link PagedSearch}), each issue turned into a work item at once. The search ignores who is looking, since a
 * team's snapshot is one for everybody; what each person may see is checked where the snapshot is shown. One issue is
 * read from Jira's database by key ({@link IssueManager}), so that a patch sees the change its event announced even
 * before this node's index has it; only a team's own filter is asked of the index.
 */
public final class JiraWorkItemSource implements WorkItemSource {
    /** Issues per page, as {@link PagedSearch} reads them. */
    static final int PAGE_SIZE = PagedSearch.PAGE_SIZE;

    private final TeamSettingsStore teams;
    private final SearchService search;
    private final CustomFieldManager fields;
    private final IssueManager issues;

    public JiraWorkItemSource(TeamSettingsStore teams, SearchService search, CustomFieldManager fields,
                              IssueManager issues) {
        this.teams = Require.present(teams, "teams");
        this.search = Require.present(search, "search");
        this.fields = Require.present(fields, "fields");
        this.issues = Require.present(issues, "issues");
    }

    @Override
    public List<WorkItem> workOf(TeamKey team) {
        Require.present(team, "team");
        Optional<String> jql = teams.find(team).map(Versioned::value).map(TeamSettings::scope).flatMap(TeamJql::of);
        if (jql.isEmpty()) {
            return List.of();
        }
        SearchService.ParseResult parsed = search.parseQuery(null, jql.get());
        if (!parsed.isValid()) {
            // Computing the snapshot fails and nothing is kept: a team whose filter no longer parses has no known load.
            throw new IllegalStateException("the JQL of team " + team.value() + " is not valid: " + jql.get());
        }
        IssueWorkItems items = new IssueWorkItems(fieldOf(fields, SalesCommitmentFieldType.class),
                fieldOf(fields, EtaFieldType.class));
        Map<IssueKey, WorkItem> found = new LinkedHashMap<>();
        // An issue created or moved while the pages are read can appear twice; each is kept once.
        PagedSearch.each(search, parsed, issue -> {
            WorkItem item = items.workItem(issue);
            found.putIfAbsent(item.key(), item);
        });
        return List.copyOf(found.values());
    }

    @Override
    public Optional<WorkItem> workItemOf(TeamKey team, IssueKey issue) {
        Require.present(team, "team");
        Require.present(issue, "issue");
        Optional<TeamScope> scope = teams.find(team).map(Versioned::value).map(TeamSettings::scope);
        if (scope.isEmpty() || !scope.get().projects().contains(issue.project())) {
            return Optional.empty();
        }
        MutableIssue found = issues.getIssueObject(issue.toString());
        // Jira also finds a moved issue by its old key, under its new one: it is no longer this key's.
        if (found == null || !issue.toString().equals(found.getKey())) {
            return Optional.empty();
        }
        WorkItem item = new IssueWorkItems(fieldOf(fields, SalesCommitmentFieldType.class),
                fieldOf(fields, EtaFieldType.class)).workItem(found);
        if (item.isResolved() || !passesFilter(team, scope.get(), issue)) {
            return Optional.empty();
        }
        return Optional.of(item);
    }

    /** The team's own filter asked of the index for this one issue; true for a team without a filter. */
    private boolean passesFilter(TeamKey team, TeamScope scope, IssueKey issue) {
        Optional<String> jql = TeamJql.filterOf(scope, issue);
        if (jql.isEmpty()) {
            return true;
        }
        SearchService.ParseResult parsed = search.parseQuery(null, jql.get());
        if (!parsed.isValid()) {
            throw new IllegalStateException("the JQL of team " + team.value() + " is not valid: " + jql.get());
        }
        boolean[] found = {false};
        PagedSearch.each(search, parsed, any -> found[0] = true);
        return found[0];
    }

    /** The first field of our type, found by its type's class: the instance Jira built from this plugin. */
    static Optional<CustomField> fieldOf(CustomFieldManager fields, Class<?> type) {
        return fields.getCustomFieldObjects().stream()
                .filter(field -> type.isInstance(field.getCustomFieldType()))
                .findFirst();
    }
}
