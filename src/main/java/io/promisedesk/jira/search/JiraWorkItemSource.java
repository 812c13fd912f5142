package io.promisedesk.jira.search;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.web.bean.PagerFilter;
import io.promisedesk.common.Require;
import io.promisedesk.jira.field.EtaFieldType;
import io.promisedesk.jira.field.SalesCommitmentFieldType;
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
 * A team's work from Jira's search: one query per team (its projects, its filter, unresolved), read in pages, each
 * issue turned into a work item at once. The search ignores who is looking ({@code searchOverrideSecurity}), since
 * a team's snapshot is one for everybody; what each person may see is checked where the snapshot is shown.
 */
public final class JiraWorkItemSource implements WorkItemSource {
    /** Issues per page: a team's queue of a few thousand issues takes a handful of searches. */
    static final int PAGE_SIZE = 500;

    private final TeamSettingsStore teams;
    private final SearchService search;
    private final CustomFieldManager fields;

    public JiraWorkItemSource(TeamSettingsStore teams, SearchService search, CustomFieldManager fields) {
        this.teams = Require.present(teams, "teams");
        this.search = Require.present(search, "search");
        this.fields = Require.present(fields, "fields");
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
        IssueWorkItems items = new IssueWorkItems(fieldOf(SalesCommitmentFieldType.class), fieldOf(EtaFieldType.class));
        Map<IssueKey, WorkItem> found = new LinkedHashMap<>();
        for (int start = 0; ; start += PAGE_SIZE) {
            List<Issue> page = page(parsed, start);
            // An issue created or moved while the pages are read can appear twice; each is kept once.
            page.stream().map(items::workItem).forEach(item -> found.putIfAbsent(item.key(), item));
            if (page.size() < PAGE_SIZE) {
                return List.copyOf(found.values());
            }
        }
    }

    private List<Issue> page(SearchService.ParseResult parsed, int start) {
        PagerFilter<Issue> pager = new PagerFilter<>(PAGE_SIZE);
        pager.setStart(start);
        try {
            SearchResults<Issue> results = search.searchOverrideSecurity(null, parsed.getQuery(), pager);
            return results.getResults();
        } catch (SearchException failed) {
            throw new IllegalStateException("Jira's search failed: " + failed.getMessage(), failed);
        }
    }

    /** The first field of our type, found by its type's class: the instance Jira built from this plugin. */
    private Optional<CustomField> fieldOf(Class<?> type) {
        return fields.getCustomFieldObjects().stream()
                .filter(field -> type.isInstance(field.getCustomFieldType()))
                .findFirst();
    }
}
