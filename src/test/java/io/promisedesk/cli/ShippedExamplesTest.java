package io.promisedesk.cli;

import org.junit.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The examples the README points people to keep assessing to the outputs shipped beside them. */
public class ShippedExamplesTest {
    private static final Path EXAMPLES = Path.of("docs", "examples");

    @Test
    public void everyShippedExample_assessesToItsShippedOutput() throws IOException {
        List<Path> scenarios;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            scenarios = files.filter(path -> !path.toString().endsWith(".assess.json"))
                    .filter(path -> path.toString().endsWith(".json"))
                    .sorted()
                    .toList();
        }
        assertTrue("expected at least three examples, found " + scenarios, scenarios.size() >= 3);

        for (Path scenario : scenarios) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();

            int status = PromiseDeskCli.run(new String[] {"assess", scenario.toString()}, InputStream.nullInputStream(),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

            assertEquals(scenario + ": " + err.toString(StandardCharsets.UTF_8), PromiseDeskCli.OK, status);
            Path expected = Path.of(scenario.toString().replace(".json", ".assess.json"));
            assertEquals(scenario.toString(), Files.readString(expected), out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    public void realisticExample_hasATeamOfFiveToEightWithFortyOrMoreIssues() throws IOException {
        String scenario = Files.readString(EXAMPLES.resolve("field-services.json"));

        long members = scenario.lines().filter(line -> line.contains("\"user\"")).count();
        long issues = scenario.lines().filter(line -> line.contains("\"statusCategory\"")).count();

        assertTrue("members: " + members, members >= 5 && members <= 8);
        assertTrue("issues: " + issues, issues >= 40);
    }
}
