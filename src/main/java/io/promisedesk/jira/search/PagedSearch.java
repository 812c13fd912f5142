package io.promisedesk.jira.search;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.web.bean.PagerFilter;

import java.util.List;
import java.util.function.Consumer;

/**
 * Reads every issue a parsed query finds, {@value #PAGE_SIZE} at a time, whoever may see them
 * ({@code searchOverrideSecurity}): what each person may see is checked where the result is shown.
 */
final class PagedSearch {
    /** Issues per page: a team's queue of a few thousand issues takes a handful of searches. */
    static final int PAGE_SIZE = 500;

    private PagedSearch() {
    }

    /** Hands each issue found to {@code issue}, page after page, until a short page says there is no more. */
    static void each(SearchService search, SearchService.ParseResult parsed, Consumer<Issue> issue) {
        for (int start = 0; ; start += PAGE_SIZE) {
            PagerFilter<Issue> pager = new PagerFilter<>(PAGE_SIZE);
            pager.setStart(start);
            List<Issue> page;
            try {
                SearchResults<Issue> results = search.searchOverrideSecurity(null, parsed.getQuery(), pager);
                page = results.getResults();
            } catch (SearchException failed) {
                throw new IllegalStateException("Jira's search failed: " + failed.getMessage(), failed);
            }
            page.forEach(issue);
            if (page.size() < PAGE_SIZE) {
                return;
            }
        }
    }
}
