package io.promisedesk.jira.search;

import io.promisedesk.settings.TeamScope;
import org.junit.Test;

import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;

/** The team's search: its projects, narrowed by its filter, unresolved by status category, in key order. */
public class TeamJqlTest {

    @Test
    public void projectsOnly_areQuotedInOrder_andUnresolvedByCategory() {
        assertEquals(Optional.of("project in (\"INFRA\", \"OPS\") AND statusCategory != Done ORDER BY key ASC"),
                TeamJql.of(new TeamScope(Optional.empty(), Set.of("OPS", "INFRA"), Optional.empty())));
    }

    @Test
    public void theTeamsFilter_narrowsInParentheses_soItsOrCannotWidenTheSearch() {
        assertEquals(Optional.of("project in (\"OPS\") AND (component = Platform OR labels = infra)"
                        + " AND statusCategory != Done ORDER BY key ASC"),
                TeamJql.of(new TeamScope(Optional.empty(), Set.of("OPS"),
                        Optional.of("  component = Platform OR labels = infra "))));
    }

    @Test
    public void aBlankFilter_narrowsNothing() {
        assertEquals(Optional.of("project in (\"OPS\") AND statusCategory != Done ORDER BY key ASC"),
                TeamJql.of(new TeamScope(Optional.empty(), Set.of("OPS"), Optional.of("   "))));
    }

    @Test
    public void aTeamWithoutProjects_hasNoSearch() {
        assertEquals(Optional.empty(), TeamJql.of(new TeamScope(Optional.empty(), Set.of(), Optional.of("x = y"))));
    }
}
