package io.promisedesk.workbench;

import io.promisedesk.scenario.Scenario;
import io.promisedesk.scenario.ScenarioReader;
import io.promisedesk.team.Team;
import io.promisedesk.workload.Level;
import io.promisedesk.workload.TeamAssessment;
import org.junit.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The shipped demo is what the generator writes, and it is the world the workbench issue asks for. */
public class DemoScenarioTest {
    @Test
    public void shippedDemo_isWhatTheGeneratorWrites() throws IOException {
        assertEquals("regenerate with DemoScenario " + DemoScenario.FILE + " (docs/workbench.md)",
                DemoScenario.json(), Files.readString(DemoScenario.FILE, StandardCharsets.UTF_8));
    }

    @Test
    public void demo_hasThreeTeamsOf25People_400Issues_oneTeamOvercommittedAndOneComfortable() {
        Scenario demo = ScenarioReader.read(DemoScenario.json());

        List<Level> levels = demo.teams().stream()
                .map(team -> TeamAssessment.assess(team, demo.issuesOf(team.key()), demo.today()).level()).toList();
        int people = demo.teams().stream().mapToInt(team -> team.members().size()).sum();
        int issues = demo.teams().stream().mapToInt(team -> demo.issuesOf(team.key()).size()).sum();

        assertEquals(List.of(Level.OVERCOMMITTED, Level.WARNING, Level.OK), levels);
        assertEquals(25, people);
        assertEquals(400, issues);
        assertTrue(demo.teams().stream().allMatch(DemoScenarioTest::hasHolidaysAndAbsences));
    }

    private static boolean hasHolidaysAndAbsences(Team team) {
        return !team.nonWorkingDates().isEmpty() && team.members().stream().anyMatch(m -> !m.absences().isEmpty());
    }
}
