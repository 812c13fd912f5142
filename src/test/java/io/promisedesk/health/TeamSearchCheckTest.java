package io.promisedesk.health;

import io.promisedesk.fixtures.FakeAccess;
import io.promisedesk.fixtures.MutableClock;
import io.promisedesk.settings.InMemoryTeamSettingsStore;
import io.promisedesk.settings.TeamScope;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.WorkItemSource;
import org.junit.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.promisedesk.fixtures.WorkItemBuilder.anIssue;
import static io.promisedesk.health.HealthTeams.store;
import static io.promisedesk.health.HealthTeams.team;
import static org.junit.Assert.assertEquals;

public class TeamSearchCheckTest {
    private final MutableClock clock = MutableClock.at("2026-03-10T09:00:00Z");
    private final MutableClock stopwatch = MutableClock.at("2026-03-10T09:00:00Z");
    /** How long each team's search takes, in stopwatch milliseconds. */
    private final Map<TeamKey, Long> searchMillis = new HashMap<>();
    private final Map<TeamKey, List<WorkItem>> work = new HashMap<>();
    /** The administrator asking, who may browse these issues and no others. */
    private FakeAccess reader = FakeAccess.named("admin").asAdministrator().browses("OPS-1", "OPS-2", "SD-1", "A-1",
            "B-1", "C-1", "D-1", "NET-1");

    private final WorkItemSource source = new WorkItemSource() {
        @Override
        public List<WorkItem> workOf(TeamKey team) {
            stopwatch.set(stopwatch.instant().plusMillis(searchMillis.getOrDefault(team, 40L)).toString());
            if (!work.containsKey(team)) {
                throw new IllegalStateException("the JQL of team " + team.value() + " is not valid");
            }
            return work.get(team);
        }

        @Override
        public Optional<WorkItem> workItemOf(TeamKey team, IssueKey issue) {
            throw new AssertionError("the health check searches whole teams");
        }
    };

    /** Jira's parser, as the probe gives it: the JQL is the team's filter, a filter containing "((" does not parse. */
    private static TeamQueries.Query parse(TeamScope scope) {
        if (scope.projects().isEmpty()) {
            return new TeamQueries.Query.NoProjects();
        }
        String jql = "project in (" + String.join(", ", scope.projects()) + ")" + scope.jql().map(f -> " AND (" + f + ")")
                .orElse("");
        return scope.jql().filter(filter -> filter.contains("((")).isPresent()
                ? new TeamQueries.Query.Invalid(jql, List.of("Error in the JQL Query: Expecting ')' but got the end.",
                "Field 'labelz' does not exist."))
                : new TeamQueries.Query.Valid(jql);
    }

    private List<Finding> check(InMemoryTeamSettingsStore teams) {
        return new TeamSearchCheck(teams, TeamSearchCheckTest::parse, source, reader, clock, stopwatch).run();
    }

    @Test
    public void eachTeam_saysHowManyIssuesItsSearchFindsThatTheReaderMayBrowse_andHowLongItsSnapshotTook_withItsJql() {
        work.put(new TeamKey("ops"), List.of(anIssue("OPS-1").remaining(4).build(), anIssue("OPS-2").build()));
        work.put(new TeamKey("desk"), List.of(anIssue("SD-1").build()));
        searchMillis.put(new TeamKey("ops"), 1_250L);

        List<Finding> findings = check(store(team("ops", "Operations", Set.of("OPS"), "labels = onsite"),
                team("desk", "Desk", Set.of("SD"), "")));

        assertEquals(List.of("GREEN Team Desk: its search finds 1 open issue you may browse, assessed in 40 ms.",
                "GREEN Team Operations: its search finds 2 open issues you may browse, assessed in 1,250 ms."),
                Findings.read(findings));
        assertEquals(Optional.of("project in (OPS) AND (labels = onsite)"), findings.get(1).detail());
    }

    @Test
    public void aQueryJiraCannotParse_isRed_withJirasReasons_andTheQuery() {
        List<Finding> findings = check(store(team("ops", "Operations", Set.of("OPS"), "labelz = ((onsite")));

        assertEquals(List.of("RED The search of team Operations is not valid JQL: Error in the JQL Query: Expecting ')'"
                + " but got the end.; Field 'labelz' does not exist."), Findings.read(findings));
        assertEquals(Optional.of("project in (OPS) AND (labelz = ((onsite)"), findings.get(0).detail());
        assertEquals("Correct the team’s JQL filter on its form; Jira’s issue search shows where the query below goes"
                + " wrong.", Findings.advice(findings.get(0)));
    }

    @Test
    public void onceTheSnapshotsTookThirtySecondsTogether_theOtherTeamsAreOnlyParsed_andSaySo() {
        work.put(new TeamKey("a"), List.of(anIssue("A-1").build()));
        work.put(new TeamKey("b"), List.of(anIssue("B-1").build()));
        work.put(new TeamKey("c"), List.of(anIssue("C-1").build()));
        searchMillis.put(new TeamKey("a"), 20_000L);
        searchMillis.put(new TeamKey("b"), 10_000L);

        List<Finding> findings = check(store(team("a", "Alpha", Set.of("A"), ""), team("b", "Beta", Set.of("B"), ""),
                team("c", "Gamma", Set.of("C"), "labelz = ((x")));

        assertEquals(List.of("AMBER Team Alpha: its search finds 1 open issue you may browse, assessed in 20,000 ms, which is slow.",
                "AMBER Team Beta: its search finds 1 open issue you may browse, assessed in 10,000 ms, which is slow.",
                "RED The search of team Gamma is not valid JQL: Error in the JQL Query: Expecting ')' but got the end.;"
                        + " Field 'labelz' does not exist."), Findings.read(findings));
        work.put(new TeamKey("d"), List.of(anIssue("D-1").build()));
        List<Finding> withD = check(store(team("a", "Alpha", Set.of("A"), ""), team("b", "Beta", Set.of("B"), ""),
                team("d", "Delta", Set.of("D"), "")));
        assertEquals("AMBER The query of team Delta parses; its search was not run, since the other teams' searches"
                + " took more than 30 seconds.", Findings.read(withD).get(2));
        assertEquals(Optional.of("project in (D)"), withD.get(2).detail());
    }

    @Test
    public void aSearchThatFails_isRed() {
        List<Finding> findings = check(store(team("ops", "Operations", Set.of("OPS"), "")));

        assertEquals(List.of("RED The search of team Operations failed: java.lang.IllegalStateException: the JQL of team"
                + " ops is not valid"), Findings.read(findings));
    }

    @Test
    public void aSearchThatFindsNothing_aSlowOne_aTeamWithoutProjects_andNoTeamAtAll_areAmber() {
        work.put(new TeamKey("ops"), List.of());
        work.put(new TeamKey("net"), List.of(anIssue("NET-1").build()));
        searchMillis.put(new TeamKey("net"), 5_001L);

        List<Finding> findings = check(store(team("ops", "Operations", Set.of("OPS"), ""),
                team("net", "Network", Set.of("NET"), ""), team("hr", "People", Set.of(), "")));

        assertEquals(List.of("AMBER Team Network: its search finds 1 open issue you may browse, assessed in 5,001 ms,"
                        + " which is slow.",
                "AMBER The search of team Operations finds no open issue you may browse.",
                "AMBER Team People has no project, so it has no work."), Findings.read(findings));
        assertEquals("Narrow the team’s projects or JQL filter: each change of its issues is followed by such a search,"
                + " and more than 5 seconds keeps people waiting.", Findings.advice(findings.get(0)));
        assertEquals(List.of("AMBER No team is configured, so Promise Desk searches nothing."),
                Findings.read(check(store())));
    }

    @Test
    public void issuesTheReaderMayNotBrowse_areNotCounted_andATeamOfOnlySuch_findsNoneTheReaderMayBrowse() {
        work.put(new TeamKey("ops"), List.of(anIssue("OPS-1").build(), anIssue("OPS-9").build()));
        work.put(new TeamKey("sec"), List.of(anIssue("SEC-1").build(), anIssue("SEC-2").build()));

        List<Finding> findings = check(store(team("ops", "Operations", Set.of("OPS"), ""),
                team("sec", "Security", Set.of("SEC"), "")));

        assertEquals(List.of("GREEN Team Operations: its search finds 1 open issue you may browse, assessed in 40 ms.",
                "AMBER The search of team Security finds no open issue you may browse."), Findings.read(findings));
        reader = reader.browses("SEC-1", "SEC-2", "OPS-9");
        assertEquals(List.of("GREEN Team Operations: its search finds 2 open issues you may browse, assessed in 40 ms.",
                "GREEN Team Security: its search finds 2 open issues you may browse, assessed in 40 ms."),
                Findings.read(check(store(team("ops", "Operations", Set.of("OPS"), ""),
                        team("sec", "Security", Set.of("SEC"), "")))));
    }
}
