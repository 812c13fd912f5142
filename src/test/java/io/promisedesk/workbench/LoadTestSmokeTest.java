package io.promisedesk.workbench;

import org.junit.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The load test's harness on a small scenario, so that {@code ./loadtest} keeps working; the real run is not here. */
public class LoadTestSmokeTest {

    @Test(timeout = 60_000)
    public void smallRun_sendsEveryRequest_andReportsNoErrors() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        LoadTest.Result result = LoadTest.run(new LoadTest.Options(2_000, 5, 2, 20, 3, 20, Duration.ofSeconds(10)),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        String out = printed.toString(StandardCharsets.UTF_8);

        assertEquals(out, 0, result.errors());
        assertEquals(5, result.phase("first page per team").requests());
        assertEquals(40, result.phase("issue page").requests());
        assertEquals(6, result.phase("GET team/{key}/assessment").requests());
        assertEquals(6, result.phase("GET issue/{key}/assessment").requests());
        assertTrue(out, result.phase("issue page").percentile(0.99) > 0);
        assertTrue(out, out.contains("p99") && out.endsWith("no errors" + System.lineSeparator()));
    }

    @Test
    public void options_defaultToTheDocumentedRun_andRefuseNonsense() {
        assertEquals(new LoadTest.Options(100_000, 50, 8, 1_000, 250, 2_000, Duration.ofSeconds(5)),
                LoadTest.Options.parse(new String[0]));
        assertEquals(4, LoadTest.Options.parse(new String[] {"--clients", "4"}).clients());
        for (String[] wrong : new String[][] {{"--clients"}, {"--clients", "0"}, {"--clients", "x"}, {"--nope", "1"},
                {"--teams", "10", "--issues", "5"}}) {
            try {
                LoadTest.Options.parse(wrong);
                throw new AssertionError("accepted " + String.join(" ", wrong));
            } catch (IllegalArgumentException expected) {
                // refused, as it should be
            }
        }
    }

    @Test
    public void scenario_isTheSameOnEveryRun_andSpreadsTheIssuesOverTheTeams() throws Exception {
        String json = LoadScenario.json(3, 100);
        assertEquals(json, LoadScenario.json(3, 100));
        var scenario = io.promisedesk.scenario.ScenarioReader.read(json);
        assertEquals(3, scenario.teams().size());
        assertEquals(34, scenario.issuesOf(new io.promisedesk.team.TeamKey("team-01")).size());
        assertEquals(33, scenario.issuesOf(new io.promisedesk.team.TeamKey("team-03")).size());
    }
}
