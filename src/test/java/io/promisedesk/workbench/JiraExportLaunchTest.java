package io.promisedesk.workbench;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** A Jira export the workbench cannot use is reported in words, every problem at once, and the server never starts. */
public class JiraExportLaunchTest {
    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static final String OPS_1 = issue("OPS-1", "\"anna\"", "\"timetracking\": {\"remainingEstimateSeconds\": 7200}, "
            + "\"customfield_10100\": \"2026-03-10\", \"customfield_10101\": null, \"customfield_10102\": \"Acme\"");

    @Test
    public void sampleLoads() {
        Workbench.Launch launch = launch(Path.of("docs/examples/jira/jira-export-sample.json"), "--today", "2026-03-02");

        assertTrue(errors(), launch instanceof Workbench.Launch.Started);
        close(launch);
    }

    @Test
    public void missingFile_isNamed() {
        Workbench.Launch launch = launch(folder.getRoot().toPath().resolve("none.json"));

        assertEquals(new Workbench.Launch.Failed(Workbench.USAGE), launch);
        assertTrue(errors(), errors().contains("cannot read " + folder.getRoot().toPath().resolve("none.json")
                + ": no such file"));
    }

    @Test
    public void notJson_isOneLine() throws Exception {
        assertProblem("{\"issues\": [", "not valid JSON at line 1, column 13");
    }

    @Test
    public void noIssuesArray_asksWhetherItIsASearchAnswer() throws Exception {
        assertProblem("{\"errorMessages\": [\"not allowed\"]}",
                "has no \"issues\" array; is it the answer of /rest/api/2/search?");
    }

    @Test
    public void issueWithoutKey_isNamedByItsPlace() throws Exception {
        assertProblem(export(OPS_1, "{\"fields\": {}}"), "issues[1]: has no key such as OPS-12; was null");
    }

    @Test
    public void wrongFieldId_saysItIsInNoIssue() throws Exception {
        assertProblem(export(OPS_1), "customfield_10109 (eta) is in none of the 1 issues; check the field id",
                "--eta-field", "customfield_10109");
    }

    @Test
    public void unmappedProject_isCounted() throws Exception {
        String crm = issue("CRM-4", "null", "\"customfield_10100\": null, \"customfield_10101\": null");
        assertProblem(export(OPS_1, crm, crm.replace("CRM-4", "CRM-5")),
                "project CRM has 2 issues and no --team mapping; add --team CRM=TEAM");
    }

    @Test
    public void badDate_namesTheIssueAndTheField() throws Exception {
        assertProblem(export(OPS_1.replace("2026-03-10", "10/03/2026")),
                "OPS-1: customfield_10100 (commitment) must be a date such as 2026-03-02 (a Date Picker field), "
                        + "was \"10/03/2026\"");
    }

    @Test
    public void noUpdatedAndNoToday_asksForToday() throws Exception {
        Path file = write(export(OPS_1.replace("\"updated\"", "\"created\"")));

        launch(file);

        assertTrue(errors(), errors().contains("no issue has an \"updated\" date to take today from; give --today"));
    }

    @Test
    public void scenarioProblems_nameTheIssueKey() throws Exception {
        assertProblem(export(OPS_1.replace("\"indeterminate\"", "\"later\"")),
                "issues[0] (OPS-1).statusCategory: must be one of new, indeterminate, done, was \"later\"");
    }

    @Test
    public void customerOption_timeestimate_andTimetracking_convert() throws Exception {
        String option = issue("OPS-2", "\"bram\"", "\"timeestimate\": 5400, \"customfield_10100\": \"2026-03-12\", "
                + "\"customfield_10101\": \"2026-03-11\", \"customfield_10102\": {\"value\": \"Initech\", \"id\": \"7\"}");
        JiraExportOptions options = WorkbenchOptions.parse(args(write(export(OPS_1, option)))).jiraExport().orElseThrow();

        String scenario = JiraExport.convert(Files.readString(options.file()), java.util.Optional.empty(), options)
                .scenario();

        assertTrue(scenario, scenario.contains("\"remainingHours\":2,\"commitment\":\"2026-03-10\",\"eta\":null,"
                + "\"customer\":\"Acme\""));
        assertTrue(scenario, scenario.contains("\"remainingHours\":1.5,\"commitment\":\"2026-03-12\","
                + "\"eta\":\"2026-03-11\",\"customer\":\"Initech\""));
        assertTrue(scenario, scenario.contains("\"members\":[{\"user\":\"anna\",\"weeklyHours\":40},"
                + "{\"user\":\"bram\",\"weeklyHours\":40}]"));
    }

    @Test
    public void teamSettings_replaceTheDefaultTeam() throws Exception {
        Path settings = folder.newFile("teams.json").toPath();
        Files.writeString(settings, "[{\"key\": \"platform\", \"name\": \"Platform team\", \"workingDays\": "
                + "[\"MONDAY\"], \"members\": [{\"user\": \"zoe\", \"weeklyHours\": 8}]}]");

        Workbench.Launch launch = launch(write(export(OPS_1)), "--today", "2026-03-02",
                "--team-settings", settings.toString());

        assertTrue(errors(), launch instanceof Workbench.Launch.Started);
        close(launch);
    }

    private void assertProblem(String exportText, String problem, String... more) throws Exception {
        Workbench.Launch launch = launch(write(exportText), more);

        assertEquals(errors(), new Workbench.Launch.Failed(Workbench.PROBLEMS), launch);
        assertTrue(errors(), errors().contains("  " + problem));
        assertFalse(errors(), errors().contains("Exception") || errors().contains("\tat "));
    }

    private static String issue(String key, String assignee, String more) {
        return "{\"key\": \"" + key + "\", \"fields\": {\"summary\": \"Work\", \"status\": {\"name\": \"In Progress\", "
                + "\"statusCategory\": {\"key\": \"indeterminate\"}}, \"updated\": \"2026-03-02T10:00:00.000+0100\", \"assignee\": " + (assignee.equals("null")
                ? "null" : "{\"name\": " + assignee + "}") + ", " + more + "}}";
    }

    private static String export(String... issues) {
        return "{\"startAt\": 0, \"maxResults\": 50, \"total\": " + issues.length + ", \"issues\": ["
                + String.join(", ", issues) + "]}";
    }

    private Path write(String text) throws Exception {
        Path file = folder.newFile().toPath();
        Files.writeString(file, text);
        return file;
    }

    private String[] args(Path file, String... more) {
        List<String> args = new ArrayList<>(List.of("--jira-export", file.toString(), "--commitment-field",
                "customfield_10100", "--eta-field", "customfield_10101", "--customer-field", "customfield_10102",
                "--team", "OPS=platform", "--team", "NET=network", "--port", "0"));
        for (int i = 0; i < more.length; i += 2) {
            int at = args.indexOf(more[i]);
            if (at >= 0) {
                args.set(at + 1, more[i + 1]);
            } else {
                args.add(more[i]);
                args.add(more[i + 1]);
            }
        }
        return args.toArray(String[]::new);
    }

    private Workbench.Launch launch(Path file, String... more) {
        return Workbench.launch(args(file, more), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static void close(Workbench.Launch launch) {
        try {
            ((Workbench.Launch.Started) launch).server().close();
        } catch (Exception failed) {
            throw new AssertionError("the workbench did not stop", failed);
        }
    }
}
