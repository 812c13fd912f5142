package io.promisedesk.workbench;

import io.promisedesk.scenario.Scenario;
import io.promisedesk.scenario.ScenarioException;
import io.promisedesk.scenario.ScenarioReader;
import io.promisedesk.scenario.ScenarioText;
import io.promisedesk.team.Team;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Starts the workbench, a local web server showing Promise Desk's screens on a scenario without Jira ({@code ./workbench}). */
public final class Workbench {
    static final int PROBLEMS = 1;
    static final int USAGE = 2;
    static final String HELP = "--help";
    private static final Pattern ISSUE_PATH = Pattern.compile("issues\\[(\\d+)]");

    private Workbench() {
    }

    /** What starting gave: a running server, or the exit status after the reason was printed. */
    sealed interface Launch {
        record Started(WorkbenchServer server) implements Launch {
        }

        record Failed(int status) implements Launch {
        }

        /** {@code --help}: the options were printed; nothing was started. */
        record Helped() implements Launch {
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Launch launch = launch(args, System.out, System.err);
        if (launch instanceof Launch.Started started) {
            started.server().join();
        } else if (launch instanceof Launch.Failed failed) {
            System.exit(failed.status());
        }
    }

    /** Reads the options and the scenario, starts the server and prints its URL; problems are printed, never thrown. */
    static Launch launch(String[] args, PrintStream out, PrintStream err) {
        if (List.of(args).contains(HELP)) {
            out.println(WorkbenchOptions.USAGE);
            return new Launch.Helped();
        }
        WorkbenchOptions options;
        try {
            options = WorkbenchOptions.parse(args);
        } catch (WorkbenchOptions.UsageException wrong) {
            // One line: what is wrong and where the options are, not the whole list in front of the reason.
            err.println("workbench: " + wrong.getMessage() + "; ./workbench " + HELP + " lists the options");
            return new Launch.Failed(USAGE);
        }
        Loaded loaded;
        try {
            loaded = options.jiraExport().isPresent() ? fromJiraExport(options.jiraExport().get(), err)
                    : Loaded.read(ScenarioText.read(options.scenario()));
        } catch (ScenarioException problems) {
            err.println("workbench: " + options.scenario() + " has problems:");
            problems.problems().forEach(problem -> err.println("  " + problem));
            return new Launch.Failed(PROBLEMS);
        } catch (IOException unreadable) {
            // The exception names the file: with --jira-export it may be the team settings rather than the export.
            err.println("workbench: cannot read " + (unreadable instanceof NoSuchFileException missing
                    ? missing.getFile() + ": no such file" : unreadable.getMessage()));
            return new Launch.Failed(USAGE);
        }
        Scenario scenario = loaded.scenario();
        WorkbenchWorld world = WorkbenchWorld.of(scenario);
        warnAboutOtherDays(scenario, world, err);
        Optional<DataDirectory.Restored> restored = Optional.empty();
        if (options.dataDir().isPresent()) {
            try {
                restored = Optional.of(DataDirectory.restore(world, options.dataDir().get(),
                        Journal.Stamp.of(options.scenario().toString(), loaded.document()), err));
            } catch (JournalException refused) {
                err.println("workbench: " + refused.getMessage());
                return new Launch.Failed(refused.kind() == JournalException.Kind.UNUSABLE ? USAGE : PROBLEMS);
            }
        }
        try {
            WorkbenchServer server = WorkbenchServer.start(world, options.port());
            restored.ifPresent(journal -> server.closeWith(journal.journal()));
            out.println("Promise Desk workbench: " + server.uri());
            out.println("  " + options.scenario() + ": today " + scenario.today() + ", " + scenario.teams().size()
                    + " teams, " + scenario.issuesByTeam().values().stream().mapToInt(List::size).sum()
                    + " issues. A development tool, not part of the plugin; Ctrl-C stops it.");
            out.println("  " + restored.map(journal -> "Changes are kept in " + journal.journal().file() + " ("
                    + journal.replayed() + " replayed).").orElse("Changes are kept in memory until it stops;"
                    + " --data-dir DIR keeps them."));
            return new Launch.Started(server);
        } catch (Exception cannotListen) {
            restored.ifPresent(journal -> journal.journal().close());
            err.println("workbench: cannot listen on " + WorkbenchServer.HOST + ":" + options.port() + ": "
                    + cannotListen.getMessage());
            return new Launch.Failed(USAGE);
        }
    }

    /** The scenario document as read, whose hash stamps a data directory's journal, and the scenario it describes. */
    private record Loaded(String document, Scenario scenario) {
        static Loaded read(String document) {
            return new Loaded(document, ScenarioReader.read(document));
        }
    }

    /** Converts the export and reads it as a scenario; a scenario problem names the issue by its key as well. */
    private static Loaded fromJiraExport(JiraExportOptions options, PrintStream err) throws IOException {
        Optional<String> settings = options.teamSettings().isEmpty() ? Optional.empty()
                : Optional.of(Files.readString(options.teamSettings().get(), StandardCharsets.UTF_8));
        JiraExport.Converted converted =
                JiraExport.convert(Files.readString(options.file(), StandardCharsets.UTF_8), settings, options);
        converted.notes().forEach(note -> err.println("workbench: note: " + note));
        try {
            return Loaded.read(converted.scenario());
        } catch (ScenarioException problems) {
            List<String> named = new ArrayList<>();
            for (String problem : problems.problems()) {
                Matcher issue = ISSUE_PATH.matcher(problem);
                named.add(issue.lookingAt() ? problem.substring(0, issue.end()) + " ("
                        + converted.issueKeys().get(Integer.parseInt(issue.group(1))) + ")"
                        + problem.substring(issue.end()) : problem);
            }
            throw new ScenarioException(named);
        }
    }

    /** Noon UTC is the scenario's today from UTC-12 to UTC+11; a team beyond that lives a day later, and is told. */
    private static void warnAboutOtherDays(Scenario scenario, WorkbenchWorld world, PrintStream err) {
        for (Team team : scenario.teams()) {
            if (!team.today(world.clock()).equals(scenario.today())) {
                err.println("workbench: note: at noon UTC it is already " + team.today(world.clock()) + " for "
                        + team.name() + " (" + team.timeZone() + ")");
            }
        }
    }
}
