package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

/**
 * Compile-only declaration of Jira's issue search, with only the members our adapters call; Jira provides the real
 * type and this copy is never packaged (docs/jira-api-surface.md).
 */
public interface SearchService {

    /** Parses JQL as {@code searcher} would type it. */
    ParseResult parseQuery(ApplicationUser searcher, String query);

    /** One page of the issues the query finds, whoever may see them. */
    SearchResults<Issue> searchOverrideSecurity(ApplicationUser searcher, Query query, PagerFilter pager)
            throws SearchException;

    /** A parsed query, or why the JQL is not valid. */
    class ParseResult {
        private final Query query;
        private final MessageSet errors;

        public ParseResult(Query query, MessageSet errors) {
            this.query = query;
            this.errors = errors;
        }

        public boolean isValid() {
            return query != null;
        }

        public Query getQuery() {
            return query;
        }

        /** Why the JQL does not parse; empty when it does. */
        public MessageSet getErrors() {
            return errors;
        }
    }
}
