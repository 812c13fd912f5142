package io.promisedesk.cli;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.Assert.assertEquals;

public class AssessCommandTest {
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    public void contractExample_printsExactlyTheDocumentedOutput() throws IOException {
        Path scenario = copyOfResource("contract-example.json");

        int status = run("assess", scenario.toString());

        assertEquals(PromiseDeskCli.OK, status);
        assertEquals(resource("contract-example.expected.json"), out());
        assertEquals("", err());
    }

    @Test
    public void standardInput_isReadWhenTheFileIsADash() throws IOException {
        String scenario = resource("contract-example.json");

        int status = PromiseDeskCli.run(new String[] {"assess", "-"},
                new ByteArrayInputStream(scenario.getBytes(StandardCharsets.UTF_8)), print(out), print(err));

        assertEquals(PromiseDeskCli.OK, status);
        assertEquals(resource("contract-example.expected.json"), out());
    }

    @Test
    public void badScenario_printsOneLinePerProblemAndNoPartialResult() throws IOException {
        String broken = resource("contract-example.json")
                .replace("\"remainingHours\": 80", "\"remainingHours\": -80")
                .replace("\"warn\": 0.85", "\"warn\": 1.2")
                .replace("\"wished\": \"2026-03-04\"", "\"wished\": \"2026-02-30\"");
        Path scenario = folder.newFile("broken.json").toPath();
        Files.writeString(scenario, broken);

        int status = run("assess", scenario.toString());

        assertEquals(PromiseDeskCli.BAD_INPUT, status);
        assertEquals("", out());
        assertEquals(String.join(System.lineSeparator(),
                "teams[0].warn: warn 1.2 must be below critical 1.0",
                "issues[1].remainingHours: must be >= 0, was -80",
                "promises[0].wished: must be a date such as 2026-03-02, was \"2026-02-30\"") + System.lineSeparator(), err());
    }

    @Test
    public void malformedJson_namesLineAndColumn() throws IOException {
        Path scenario = folder.newFile("malformed.json").toPath();
        Files.writeString(scenario, "{\n  \"today\": \"2026-03-02\",\n  \"teams\": [,]\n}");

        int status = run("assess", scenario.toString());

        assertEquals(PromiseDeskCli.BAD_INPUT, status);
        assertEquals("", out());
        assertEquals("$: not valid JSON at line 3, column 13: unexpected character ',', expected a value"
                + System.lineSeparator(), err());
    }

    @Test
    public void missingFile_isAUsageErrorThatNamesTheFile() {
        int status = run("assess", "/no/such/scenario.json");

        assertEquals(PromiseDeskCli.USAGE, status);
        assertEquals("/no/such/scenario.json: no such file" + System.lineSeparator(), err());
    }

    @Test
    public void unknownCommand_printsUsage() {
        int status = run("forecast", "x.json");

        assertEquals(PromiseDeskCli.USAGE, status);
        assertEquals("", out());
        assertEquals(true, err().startsWith("usage: assess FILE"));
    }

    private int run(String... args) {
        return PromiseDeskCli.run(args, InputStream.nullInputStream(), print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream target) {
        return new PrintStream(target, true, StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path copyOfResource(String name) throws IOException {
        Path copy = folder.newFile(name).toPath();
        Files.writeString(copy, resource(name));
        return copy;
    }

    static String resource(String name) throws IOException {
        try (InputStream in = AssessCommandTest.class.getResourceAsStream("/scenario/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
