package io.promisedesk.health;

import io.promisedesk.common.Require;
import io.promisedesk.settings.TeamScope;

import java.util.List;

/** The port that says whether the host can parse the query a team's work is searched with. */
public interface TeamQueries {

    Query check(TeamScope scope);

    /** The team's query as the host parsed it. */
    sealed interface Query permits Query.Valid, Query.Invalid, Query.NoProjects {

        /** The host parses {@code jql}. */
        record Valid(String jql) implements Query {
            public Valid {
                Require.present(jql, "jql");
            }
        }

        /** The host refuses {@code jql}, for these reasons. */
        record Invalid(String jql, List<String> errors) implements Query {
            public Invalid {
                Require.present(jql, "jql");
                errors = List.copyOf(Require.present(errors, "errors"));
            }
        }

        /** A team with no project has no query: it searches nothing. */
        record NoProjects() implements Query {
        }
    }
}
