package io.promisedesk.jira.search;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
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
 * A team's work from Jira's search: one query per team (its projects, its filter, unresolved), read in pages
 * ({@link PagedSearch}), each issue turned into a work item at once. The search ignores who is looking, since a
 * team's snapshot is one for everybody; what each person may see is checked where the snapshot is shown.
 */
public final class JiraWorkItemSource implements WorkItemSource {
    /** Issues per page, as {@link PagedSearch} reads them. */
    static final int PAGE_SIZE = PagedSearch.PAGE_SIZE;

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

    /** The first field of our type, found by its type's class: the instance Jira built from this plugin. */
    static Optional<CustomField> fieldOf(CustomFieldManager fields, Class<?> type) {
        return fields.getCustomFieldObjects().stream()
                .filter(field -> type.isInstance(field.getCustomFieldType()))
                .findFirst();
    }
}
