package com.atlassian.jira.issue.search;

import java.util.List;

/**
 * Compile-only declaration of one page of search results, with only the members our adapters and their tests use;
 * Jira provides the real class and this copy is never packaged (docs/jira-api-surface.md).
 *
 * @param <T> what was found: issues
 */
public class SearchResults<T> {
    private final List<T> results;
    private final int total;

    public SearchResults(List<T> results, int total, int maxLength, int startIndex) {
        this.results = results;
        this.total = total;
    }

    /** The page's results. */
    public List<T> getResults() {
        return results;
    }

    /** How many results the whole search has. */
    public int getTotal() {
        return total;
    }
}
