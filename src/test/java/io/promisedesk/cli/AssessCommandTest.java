package io.promisedesk.cli;

import io.promisedesk.scenario.ScenarioText;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

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
    public void malformedJson_namesPathLineAndColumn() throws IOException {
        Path scenario = folder.newFile("malformed.json").toPath();
        Files.writeString(scenario, "{\n  \"today\": \"2026-03-02\",\n  \"teams\": [,]\n}");

        int status = run("assess", scenario.toString());

        assertEquals(PromiseDeskCli.BAD_INPUT, status);
        assertEquals("", out());
        assertEquals("teams[0]: not valid JSON at line 3, column 13: unexpected character ',', expected a value"
                + System.lineSeparator(), err());
    }

    @Test
    public void aNumberNoFieldTakes_isAProblemNamedByItsJsonPath_notMalformedJson() throws IOException {
        Path scenario = folder.newFile("huge.json").toPath();
        Files.writeString(scenario, resource("contract-example.json").replace("\"remainingHours\": 80", "\"remainingHours\": 1e308"));

        int status = run("assess", scenario.toString());

        assertEquals(PromiseDeskCli.BAD_INPUT, status);
        assertEquals("", out());
        assertEquals("issues[1].remainingHours: must have at most 100 digits before the decimal point, was 1e308"
                + System.lineSeparator(), err());
    }

    @Test
    public void aFileStartingWithAByteOrderMark_isAssessedAsWithout() throws IOException {
        Path scenario = folder.newFile("bom.json").toPath();
        Files.write(scenario, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                resource("contract-example.json").getBytes(StandardCharsets.UTF_8)));

        int status = run("assess", scenario.toString());

        assertEquals(err(), PromiseDeskCli.OK, status);
        assertEquals(resource("contract-example.expected.json"), out());
    }

    @Test
    public void aBinaryFile_isAnUnreadableFile_namingItsFirstByteThatIsNotUtf8() throws IOException {
        Path png = folder.newFile("logo.png").toPath();
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n'});
        Path latin1 = folder.newFile("latin1.json").toPath();
        Files.write(latin1, "{\"today\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));

        assertEquals(PromiseDeskCli.USAGE, run("assess", png.toString()));
        assertEquals(PromiseDeskCli.USAGE, run("assess", latin1.toString()));

        assertEquals("", out());
        assertEquals(png + ": not UTF-8 text (byte 0x89 at offset 0)" + System.lineSeparator()
                + latin1 + ": not UTF-8 text (byte 0xE9 at offset 14)" + System.lineSeparator(), err());
    }

    @Test
    public void standardInputThatIsNotUtf8_isNamedAsStandardInput() {
        int status = PromiseDeskCli.run(new String[] {"assess", "-"}, new ByteArrayInputStream(new byte[] {'{', (byte) 0xFF}),
                print(out), print(err));

        assertEquals(PromiseDeskCli.USAGE, status);
        assertEquals("standard input: not UTF-8 text (byte 0xFF at offset 1)" + System.lineSeparator(), err());
    }

    @Test
    public void aFileLargerThanAnyScenario_isRefusedUnread() throws IOException {
        Path huge = folder.newFile("huge.bin").toPath();
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(ScenarioText.MAX_BYTES + 1L);
        }

        int status = run("assess", huge.toString());

        assertEquals(PromiseDeskCli.USAGE, status);
        assertEquals(huge + ": larger than 32 MB, too large for a scenario" + System.lineSeparator(), err());
    }

    @Test
    public void aDirectoryOrAnImpossiblePath_isAUsageErrorOnOneLine() throws IOException {
        String directory = folder.newFolder("scenarios").toString();

        assertEquals(PromiseDeskCli.USAGE, run("assess", directory));
        assertEquals(PromiseDeskCli.USAGE, run("assess", "nul\u0000.json"));

        String[] lines = err().split(System.lineSeparator());
        assertEquals(2, lines.length);
        assertTrue(lines[0], lines[0].startsWith(directory + ": cannot be read ("));
        assertTrue(lines[1], lines[1].startsWith("nul\u0000.json: cannot be read ("));
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

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
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
