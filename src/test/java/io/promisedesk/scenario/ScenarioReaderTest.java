package io.promisedesk.scenario;

import io.promisedesk.team.Team;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import org.junit.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class ScenarioReaderTest {
    private static final String TEAM = "{\"key\": \"platform\", \"name\": \"Platform\", \"workingDays\": [\"MONDAY\", \"FRIDAY\"],"
            + " \"members\": [{\"user\": \"anna\", \"weeklyHours\": 40}]}";
    private static final String ISSUE = "{\"key\": \"OPS-1\", \"team\": \"platform\", \"summary\": \"s\", \"status\": \"Open\","
            + " \"statusCategory\": \"new\"}";

    @Test
    public void minimalTeam_getsTheDocumentedDefaults() {
        Scenario scenario = ScenarioReader.read(world(TEAM, ISSUE, null));

        Team team = scenario.teams().get(0);
        assertEquals(ZoneOffset.UTC, team.timeZone());
        assertEquals(new BigDecimal("0.85"), team.thresholds().warn());
        assertEquals(new BigDecimal("1"), team.thresholds().critical());
        assertEquals(1_000, team.focusFactor().milli());
        assertEquals(8_000, team.defaultEstimate().millis());
        assertEquals(List.of(), scenario.promises());
    }

    @Test
    public void absentOrNullRemainingHours_meansUnestimated() {
        String nullHours = ISSUE.replace("}", ", \"remainingHours\": null}");
        String secondIssue = ISSUE.replace("OPS-1", "OPS-2");

        Scenario scenario = ScenarioReader.read(world(TEAM, nullHours + ", " + secondIssue, null));

        List<WorkItem> items = scenario.issuesOf(new TeamKey("platform"));
        assertEquals(IssueKey.parse("OPS-1"), items.get(0).key());
        assertTrue(items.get(0).isUnestimated());
        assertTrue(items.get(1).isUnestimated());
    }

    @Test
    public void unknownTeam_isNamedWithItsPath() {
        String issue = ISSUE.replace("\"team\": \"platform\"", "\"team\": \"mobile\"");

        assertProblems(world(TEAM, issue, null), "issues[0].team: must be the key of a team in teams, was \"mobile\"");
    }

    @Test
    public void malformedDates_areNamedWithTheirPaths() {
        String issue = ISSUE.replace("}", ", \"commitment\": \"20-03-2026\", \"eta\": \"2026-13-01\"}");

        assertProblems(world(TEAM, issue, null).replace("\"today\": \"2026-03-02\"", "\"today\": \"tomorrow\""),
                "today: must be a date such as 2026-03-02, was \"tomorrow\"",
                "issues[0].commitment: must be a date such as 2026-03-02, was \"20-03-2026\"",
                "issues[0].eta: must be a date such as 2026-03-02, was \"2026-13-01\"");
    }

    @Test
    public void teamRules_areEachReportedAtTheirField_withoutBlamingTheTeamsIssues() {
        String team = TEAM.replace("\"members\"", "\"focusFactor\": 1.5, \"warn\": 1.0, \"critical\": 0.9,"
                + " \"defaultEstimateHours\": -1, \"timeZone\": \"Mars/Olympus\", \"members\"");

        assertProblems(world(team, ISSUE, null),
                "teams[0].timeZone: must be a time zone such as Europe/Amsterdam or UTC, was \"Mars/Olympus\"",
                "teams[0].focusFactor: must be > 0 and <= 1, was 1.5",
                "teams[0].warn: warn 1.0 must be below critical 0.9",
                "teams[0].defaultEstimateHours: must be >= 0, was -1");
    }

    @Test
    public void thresholdOutsideItsRange_isRefused() {
        String team = TEAM.replace("\"members\"", "\"warn\": 0.5, \"critical\": 12, \"members\"");

        assertProblems(world(team, "", null), "teams[0].critical: must be > 0 and <= 10, was 12");
    }

    @Test
    public void teamWithoutMembers_isRefused() {
        String team = TEAM.replace("[{\"user\": \"anna\", \"weeklyHours\": 40}]", "[]");

        assertProblems(world(team, "", null), "teams[0].members: must name at least one member");
    }

    @Test
    public void memberRules_areReportedAtTheMember() {
        String team = TEAM.replace("{\"user\": \"anna\", \"weeklyHours\": 40}",
                "{\"user\": \"anna\", \"weeklyHours\": 200}, {\"user\": \" \", \"weeklyHours\": 8}, {\"weeklyHours\": \"8\"},"
                        + " {\"user\": \"bram\", \"weeklyHours\": 8, \"absences\": [\"soon\"]}");

        assertProblems(world(team, "", null),
                "teams[0].members[0].weeklyHours: must be at most 168, was 200",
                "teams[0].members[1].user: must not be blank",
                "teams[0].members[2].user: is required",
                "teams[0].members[2].weeklyHours: must be a number, was \"8\"",
                "teams[0].members[3].absences[0]: must be a date such as 2026-03-02, was \"soon\"");
    }

    @Test
    public void issueRules_areReportedAtTheirFields() {
        String issue = "{\"key\": \"ops 1\", \"team\": \"platform\", \"status\": \"Open\", \"statusCategory\": \"started\","
                + " \"remainingHours\": -2, \"customer\": \"  \"}";

        assertProblems(world(TEAM, issue, null),
                "issues[0].key: must look like PROJECT-123, was \"ops 1\"",
                "issues[0].summary: is required",
                "issues[0].statusCategory: must be one of new, indeterminate, done, was \"started\"",
                "issues[0].remainingHours: must be >= 0, was -2",
                "issues[0].customer: must not be blank");
    }

    @Test
    public void duplicateKeys_nameTheEarlierOne() {
        String secondTeam = TEAM;

        assertProblems(world(TEAM + ", " + secondTeam, ISSUE + ", " + ISSUE, null),
                "teams[1].key: must be unique, \"platform\" is also the key of teams[0]",
                "issues[1].key: must be unique, OPS-1 is also the key of issues[0]");
    }

    @Test
    public void promiseRules_areReportedAtThePromise() {
        String promises = "{\"team\": \"platform\", \"hours\": 0, \"wished\": \"2026-03-01\"},"
                + " {\"team\": \"platform\", \"hours\": -4, \"wished\": \"2026-03-02\"}, {\"team\": \"nobody\", \"wished\": \"2026-03-02\"}";

        assertProblems(world(TEAM, ISSUE, promises),
                "promises[0].hours: must be > 0, was 0",
                "promises[0].wished: must not be before today 2026-03-02, was 2026-03-01",
                "promises[1].hours: must be >= 0, was -4",
                "promises[2].team: must be the key of a team in teams, was \"nobody\"",
                "promises[2].hours: is required");
    }

    @Test
    public void wrongShapes_areDescribed() {
        assertProblems("[]", "$: must be an object, was an array");
        assertProblems("{\"today\": 20260302, \"teams\": {}, \"issues\": [\"OPS-1\"]}",
                "today: must be a string, was 20260302",
                "teams: must be an array, was an object",
                "issues[0]: must be an object, was \"OPS-1\"");
    }

    @Test
    public void promiseOnTheLastDayOfTheScenario_isAccepted() {
        Scenario scenario = ScenarioReader.read(world(TEAM, ISSUE, "{\"team\": \"platform\", \"hours\": 1.5, \"wished\": \"2026-03-02\"}"));

        assertEquals(LocalDate.parse("2026-03-02"), scenario.promises().get(0).wished());
        assertEquals(1_500, scenario.promises().get(0).hours().millis());
        assertFalse(scenario.teams().isEmpty());
    }

    @Test
    public void numbersNoFieldTakes_areNamedByTheirPath_quotedAsTyped() {
        String team = TEAM.replace("\"members\"", "\"focusFactor\": 99999999999999999999, \"warn\": 1e-200, \"members\"");
        String issue = ISSUE.replace("}", ", \"remainingHours\": 1e308}");

        assertProblems(world(team, issue, "{\"team\": \"platform\", \"hours\": -1E+400, \"wished\": \"2026-03-02\"}"),
                "teams[0].focusFactor: must be > 0 and <= 1, was 99999999999999999999",
                "teams[0].warn: must have at most 100 decimals, was 1e-200",
                "issues[0].remainingHours: must have at most 100 digits before the decimal point, was 1e308",
                "promises[0].hours: must have at most 100 digits before the decimal point, was -1E+400");
    }

    @Test
    public void aWordThatIsNoJsonValue_isNamedByItsPath() {
        String json = world(TEAM, ISSUE.replace("}", ", \"remainingHours\": NaN}"), null);

        assertProblems(json, "issues[0].remainingHours: not valid JSON at line 1, column " + (json.indexOf("NaN") + 1)
                + ": 'NaN' is not a JSON value");
    }

    @Test
    public void charactersThatCannotBeSeen_areQuotedAsEscapes() {
        String team = TEAM.replace("\"members\"", "\"timeZone\": \"UTC\u00A0\", \"members\"");

        assertProblems(world(team, "", null),
                "teams[0].timeZone: must be a time zone such as Europe/Amsterdam or UTC, was \"UTC\\u00a0\"");
    }

    @Test
    public void aByteOrderMark_isNoPartOfTheScenario() {
        Scenario withMark = ScenarioReader.read("\uFEFF" + world(TEAM, ISSUE, null));

        assertEquals(ScenarioReader.read(world(TEAM, ISSUE, null)).teams(), withMark.teams());
    }

    private static void assertProblems(String json, String... expected) {
        ScenarioException thrown = assertThrows(ScenarioException.class, () -> ScenarioReader.read(json));
        assertEquals(List.of(expected), thrown.problems());
    }

    private static String world(String teams, String issues, String promises) {
        return "{\"today\": \"2026-03-02\", \"teams\": [" + teams + "], \"issues\": [" + issues + "]"
                + (promises == null ? "" : ", \"promises\": [" + promises + "]") + "}";
    }
}
