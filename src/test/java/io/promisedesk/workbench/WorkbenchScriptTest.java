package io.promisedesk.workbench;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.File;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * The real {@code ./workbench} script, run as a person runs it, on the classes this build already compiled
 * ({@code WORKBENCH_CLASSPATH}, so no second Maven runs inside the tests): a refused start exits with the documented
 * status and one line on stderr, never a build tool's report.
 */
public class WorkbenchScriptTest {
    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private record Exit(int status, String out, List<String> err) {
    }

    @Test
    public void aBadOption_exits2_withOneLineSayingWhatIsWrong() throws Exception {
        Exit exit = run("--prot", "8080");

        assertEquals(exit.toString(), Workbench.USAGE, exit.status());
        assertEquals(List.of("workbench: unknown argument \"--prot\"; ./workbench --help lists the options"), exit.err());
        assertEquals("", exit.out());
    }

    @Test
    public void aDataDirectoryAnotherWorkbenchUses_exits2_withOneLineNamingIt() throws Exception {
        Path directory = folder.newFolder("data").toPath();
        try (FileChannel journal = FileChannel.open(directory.resolve("journal.jsonl"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = journal.lock()) {
            Exit exit = run("--data-dir", directory.toString(), "--port", "0");

            assertEquals(exit.toString(), Workbench.USAGE, exit.status());
            assertEquals(exit.toString(), 1, exit.err().size());
            assertTrue(exit.err().get(0), exit.err().get(0).startsWith("workbench: another workbench is using --data-dir "
                    + directory));
            assertNotNull(held);
        }
    }

    private static Exit run(String... args) throws IOException, InterruptedException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(new File("workbench").getAbsolutePath()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("WORKBENCH_CLASSPATH", classpath);
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("./workbench " + String.join(" ", args) + " did not exit within a minute");
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Exit(process.exitValue(), out, err.lines().toList());
    }
}
