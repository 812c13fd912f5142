package io.promisedesk.jira.search;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import io.promisedesk.commitment.Customer;
import io.promisedesk.review.DeliveredCommitment;
import io.promisedesk.settings.InMemoryTeamSettingsStore;
import io.promisedesk.settings.TeamScope;
import io.promisedesk.settings.TeamSettings;
import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.promisedesk.fixtures.TeamBuilder.aTeam;
import static io.promisedesk.jira.JiraFakes.fake;
import static io.promisedesk.jira.JiraFakes.returns;
import static io.promisedesk.jira.search.SearchFakes.COMMITMENT_FIELD;
import static io.promisedesk.jira.search.SearchFakes.COMMITMENT_TYPE;
import static io.promisedesk.jira.search.SearchFakes.issue;
import static org.junit.Assert.assertEquals;

/**
 * The delivered commitments are each team's done issues resolved since the day asked, with a commitment to a
 * customer, delivered on the resolution day in the team's zone.
 */
public class JiraDeliveredCommitmentsTest {
    private static final LocalDate FIRST_DAY = LocalDate.parse("2025-12-03");

    private final InMemoryTeamSettingsStore teams = new InMemoryTeamSettingsStore();
    private final Map<String, List<Issue>> found = new HashMap<>();
    private final List<String> parsed = new ArrayList<>();
    private final CustomFieldManager fields = fake(CustomFieldManager.class, Map.of("getCustomFieldObjects",
            returns(List.of(COMMITMENT_FIELD))));

    private JiraDeliveredCommitments deliveries(CustomFieldManager withFields) {
        return new JiraDeliveredCommitments(teams, search(), withFields);
    }

    @Test
    public void eachTeamsDoneIssues_resolvedSinceADayEarly_withACustomer_deliveredOnTheDayInTheTeamsZone() {
        team("platform", "Europe/Amsterdam", Set.of("OPS"), Optional.of("component = Platform"));
        team("network", "UTC", Set.of("NET"), Optional.empty());
        found.put("OPS", List.of(
                committed("OPS-3", "2026-03-04", "ACME").resolvedAt("2026-02-26T23:30:00Z").jira(),
                committed("OPS-4", "2026-02-01", "").resolvedAt("2026-02-01T10:00:00Z").jira(),
                issue("OPS-5", "Done", "done").resolvedAt("2026-02-01T10:00:00Z").jira(),
                committed("OPS-6", "2026-01-10", "Globex").jira(),
                committed("OPS-7", "2025-12-03", "Initech").resolvedAt("2025-12-02T22:59:00Z").jira()));
        found.put("NET", List.of(committed("NET-1", "2026-02-20", "ACME").resolvedAt("2026-02-26T23:30:00Z").jira()));

        List<DeliveredCommitment> delivered = deliveries(fields).deliveredSince(FIRST_DAY);

        assertEquals(List.of("project in (\"OPS\") AND (component = Platform) AND statusCategory = Done AND resolved >="
                + " \"2025-12-02\" ORDER BY key ASC", "project in (\"NET\") AND statusCategory = Done AND resolved >="
                + " \"2025-12-02\" ORDER BY key ASC"), parsed);
        assertEquals(List.of(
                new DeliveredCommitment(IssueKey.parse("OPS-3"), "Summary of OPS-3", new Customer("ACME"),
                        LocalDate.parse("2026-03-04"), LocalDate.parse("2026-02-27")),
                new DeliveredCommitment(IssueKey.parse("NET-1"), "Summary of NET-1", new Customer("ACME"),
                        LocalDate.parse("2026-02-20"), LocalDate.parse("2026-02-26"))), delivered);
    }

    @Test
    public void aResolutionJustBeforeTheFirstDayInTheTeamsZone_isLeftOut_andJustAfterIsKept() {
        team("platform", "Europe/Amsterdam", Set.of("OPS"), Optional.empty());
        found.put("OPS", List.of(
                committed("OPS-1", "2025-12-10", "ACME").resolvedAt("2025-12-02T22:59:59Z").jira(),
                committed("OPS-2", "2025-12-10", "ACME").resolvedAt("2025-12-02T23:00:00Z").jira()));

        List<DeliveredCommitment> delivered = deliveries(fields).deliveredSince(FIRST_DAY);

        assertEquals(List.of(IssueKey.parse("OPS-2")), delivered.stream().map(DeliveredCommitment::issue).toList());
        assertEquals(FIRST_DAY, delivered.get(0).delivered());
    }

    @Test
    public void aTeamWithoutProjects_orAFilterThatNoLongerParses_orNoCommitmentFieldInJira_deliversNothing() {
        team("platform", "UTC", Set.of(), Optional.empty());
        team("broken", "UTC", Set.of("BRK"), Optional.of("compnent == x"));
        found.put("BRK", List.of(committed("BRK-1", "2026-02-01", "ACME").resolvedAt("2026-02-01T10:00:00Z").jira()));

        assertEquals(List.of(), deliveries(fields).deliveredSince(FIRST_DAY));
        assertEquals(List.of(), deliveries(fake(CustomFieldManager.class, Map.of("getCustomFieldObjects",
                returns(List.of())))).deliveredSince(FIRST_DAY));
    }

    private static SearchFakes.IssueFake committed(String key, String date, String customer) {
        return issue(key, "Done", "done").value(COMMITMENT_FIELD,
                COMMITMENT_TYPE.getSingularObjectFromString(date + "\n" + customer + "\n"));
    }

    private void team(String key, String zone, Set<String> projects, Optional<String> jql) {
        teams.create(new TeamSettings(aTeam().key(key).zone(zone).withMember("anna", 40).build(),
                new TeamScope(Optional.empty(), projects, jql)));
    }

    /** Jira's search: one page per project, the first project named in the query; "==" does not parse. */
    private SearchService search() {
        Map<Query, String> projects = new IdentityHashMap<>();
        return fake(SearchService.class, Map.of(
                "parseQuery", arguments -> {
                    String jql = (String) arguments[1];
                    parsed.add(jql);
                    if (jql.contains("==")) {
                        return new SearchService.ParseResult(null, null);
                    }
                    Query query = fake(Query.class, Map.of());
                    projects.put(query, jql.substring(jql.indexOf("(\"") + 2, jql.indexOf("\")")));
                    return new SearchService.ParseResult(query, null);
                },
                "searchOverrideSecurity", arguments -> {
                    PagerFilter<?> pager = (PagerFilter<?>) arguments[2];
                    List<Issue> issues = pager.getStart() == 0
                            ? found.getOrDefault(projects.get((Query) arguments[1]), List.of()) : List.of();
                    return new SearchResults<>(issues, issues.size(), pager.getMax(), pager.getStart());
                }));
    }
}
