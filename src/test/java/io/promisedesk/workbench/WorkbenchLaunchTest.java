package io.promisedesk.workbench;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Starting the workbench: a bad scenario or command line is reported in words and the server never starts. */
public class WorkbenchLaunchTest {
    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    public void badScenario_failsWithItsProblemsAndNoStackTrace() throws Exception {
        Path bad = folder.newFile("bad.json").toPath();
        Files.writeString(bad, "{\"today\": \"2026-02-30\", \"teams\": [], \"issues\": [{\"key\": \"x\"}]}");

        Workbench.Launch launch = launch("--scenario", bad.toString(), "--port", "0");

        String printed = err.toString(StandardCharsets.UTF_8);
        assertEquals(new Workbench.Launch.Failed(Workbench.PROBLEMS), launch);
        assertTrue(printed, printed.contains("today: must be a date such as 2026-03-02, was \"2026-02-30\""));
        assertTrue(printed, printed.contains("issues[0].key: "));
        assertFalse(printed, printed.contains("Exception") || printed.contains("\tat "));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    public void missingFile_failsAsAUsageError() {
        Workbench.Launch launch = launch("--scenario", folder.getRoot().toPath().resolve("none.json").toString());

        assertEquals(new Workbench.Launch.Failed(Workbench.USAGE), launch);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot read"));
    }

    @Test
    public void aBinaryScenario_failsAsAUsageError_namingItsFirstByteThatIsNotUtf8() throws Exception {
        Path binary = folder.newFile("scenario.zip").toPath();
        Files.write(binary, new byte[] {'P', 'K', 3, 4, (byte) 0xC3, 0x28});

        Workbench.Launch launch = launch("--scenario", binary.toString(), "--port", "0");

        assertEquals(new Workbench.Launch.Failed(Workbench.USAGE), launch);
        assertEquals("workbench: cannot read " + binary + ": not UTF-8 text (byte 0xC3 at offset 4)" + System.lineSeparator(),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    public void aScenarioWithAByteOrderMark_starts() throws Exception {
        Path scenario = folder.newFile("bom.json").toPath();
        Files.writeString(scenario, "\uFEFF{\"today\": \"2026-03-02\", \"teams\": [], \"issues\": []}");

        Workbench.Launch.Started started = (Workbench.Launch.Started) launch("--scenario", scenario.toString(), "--port", "0");

        started.server().close();
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    public void unknownOption_isOneLineSayingWhatIsWrong_andWhereTheOptionsAre() {
        Workbench.Launch launch = launch("--prot", "8080");

        assertEquals(new Workbench.Launch.Failed(Workbench.USAGE), launch);
        assertEquals("workbench: unknown argument \"--prot\"; ./workbench --help lists the options"
                + System.lineSeparator(), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    public void help_printsTheOptions_andStartsNothing() {
        Workbench.Launch launch = launch("--port", "0", "--help");

        assertEquals(new Workbench.Launch.Helped(), launch);
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: ./workbench"));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    public void portOutOfRange_isAUsageError() {
        assertEquals(new Workbench.Launch.Failed(Workbench.USAGE), launch("--port", "70000"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--port must be a number from 0 to 65535, was \"70000\""));
    }

    @Test
    public void close_stopsTheServer() throws Exception {
        Workbench.Launch.Started started = (Workbench.Launch.Started) launch("--port", "0");

        started.server().close();

        assertTrue(started.server().isStopped());
    }

    private Workbench.Launch launch(String... args) {
        return Workbench.launch(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
