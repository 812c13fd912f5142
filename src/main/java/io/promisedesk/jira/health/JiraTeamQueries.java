package io.promisedesk.jira.health;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.util.MessageSet;
import io.promisedesk.common.Require;
import io.promisedesk.health.TeamQueries;
import io.promisedesk.jira.search.TeamJql;
import io.promisedesk.settings.TeamScope;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A team's query, the one {@code JiraWorkItemSource} searches with, parsed by Jira's search as that source parses it. */
public final class JiraTeamQueries implements TeamQueries {
    private final SearchService search;

    public JiraTeamQueries(SearchService search) {
        this.search = Require.present(search, "search");
    }

    @Override
    public Query check(TeamScope scope) {
        Optional<String> jql = TeamJql.of(Require.present(scope, "scope"));
        if (jql.isEmpty()) {
            return new Query.NoProjects();
        }
        SearchService.ParseResult parsed = search.parseQuery(null, jql.get());
        if (parsed.isValid()) {
            return new Query.Valid(jql.get());
        }
        List<String> errors = Optional.ofNullable(parsed.getErrors()).map(MessageSet::getErrorMessages)
                .map(Set::stream).map(messages -> messages.sorted().toList()).orElse(List.of());
        return new Query.Invalid(jql.get(), errors);
    }
}
