package io.promisedesk.cli;

import io.promisedesk.scenario.AssessReport;
import io.promisedesk.scenario.Scenario;
import io.promisedesk.scenario.ScenarioException;
import io.promisedesk.scenario.ScenarioReader;
import io.promisedesk.scenario.ScenarioText;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The engine's command-line face: {@code assess FILE} prints the verdicts on a scenario as JSON. */
public final class PromiseDeskCli {
    static final int OK = 0;
    static final int BAD_INPUT = 1;
    static final int USAGE = 2;

    private static final String USAGE_TEXT = """
            usage: assess FILE
              Reads a scenario (docs/scenario-format.md) and prints the engine's verdicts as JSON.
              FILE may be - to read standard input.
              Exit status: 0 assessed, 1 the scenario has problems (one line each on standard error),
              2 usage, or FILE cannot be read as UTF-8 text.""";

    private PromiseDeskCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** Runs one command; returns the exit status instead of exiting so tests can call it. */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length != 2 || !"assess".equals(args[0])) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        String json;
        try {
            json = "-".equals(args[1]) ? ScenarioText.read(in, "standard input") : ScenarioText.read(Path.of(args[1]));
        } catch (NoSuchFileException missing) {
            err.println(args[1] + ": no such file");
            return USAGE;
        } catch (AccessDeniedException denied) {
            err.println(args[1] + ": permission denied");
            return USAGE;
        } catch (ScenarioText.NotTextException notText) {
            err.println(notText.getMessage());
            return USAGE;
        } catch (IOException | InvalidPathException unreadable) {
            err.println(args[1] + ": cannot be read (" + unreadable.getMessage() + ")");
            return USAGE;
        }
        String report;
        try {
            Scenario scenario = ScenarioReader.read(json);
            report = AssessReport.assess(scenario);
        } catch (ScenarioException invalid) {
            invalid.problems().forEach(err::println);
            return BAD_INPUT;
        }
        out.print(report);
        out.flush();
        return OK;
    }
}
