package io.promisedesk.workbench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workbench's command line: a scenario or a Jira export to load, the port to listen on, and the data directory
 * whose journal keeps changes across restarts (none: changes live in memory only).
 */
record WorkbenchOptions(Path scenario, Optional<JiraExportOptions> jiraExport, int port, Optional<Path> dataDir) {
    static final int DEFAULT_PORT = 2990;
    static final String USAGE = "usage: ./workbench [--scenario FILE | --jira-export FILE ...] [--port N]"
            + " [--data-dir DIR]\n"
            + "  --scenario FILE  a scenario file (docs/scenario-format.md); default " + DemoScenario.FILE + "\n"
            + "  --port N         the port on 127.0.0.1, 0 for any free one; default " + DEFAULT_PORT + "\n"
            + "  --data-dir DIR   keep changes (ETAs, commitments, admin settings) in DIR across restarts;\n"
            + "                   default none: changes live in memory until the workbench stops\n"
            + "  --jira-export FILE           the JSON of Jira's /rest/api/2/search (docs/workbench.md), with\n"
            + "    --commitment-field ID      the custom field of the sales commitment, e.g. customfield_10100\n"
            + "    --eta-field ID             the custom field of the ETA\n"
            + "    [--customer-field ID]      the custom field of the customer\n"
            + "    --team PROJECT=TEAM        the team of a project's issues; once per project\n"
            + "    [--team-settings FILE]     a JSON array of scenario team objects; default one team per --team\n"
            + "    [--today DATE]             default the date of the export's newest \"updated\"";

    private static final Set<String> VALUED = Set.of("--scenario", "--port", "--data-dir", "--jira-export",
            "--commitment-field", "--eta-field", "--customer-field", "--team", "--team-settings", "--today");
    private static final Pattern TEAM_MAPPING = Pattern.compile("([A-Z][A-Z0-9_]*)=(.+)");

    /** Thrown for a command line the workbench does not understand; its message says what is wrong. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static WorkbenchOptions parse(String... args) throws UsageException {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> teams = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (!VALUED.contains(option)) {
                throw new UsageException("unknown argument \"" + option + "\"");
            }
            if (i + 1 == args.length) {
                throw new UsageException(option + " needs a value");
            }
            String value = args[++i];
            if (option.equals("--team")) {
                team(value, teams);
            } else if (values.put(option, value) != null) {
                throw new UsageException(option + " is given twice");
            }
        }
        int port = values.containsKey("--port") ? port(values.get("--port")) : DEFAULT_PORT;
        Optional<Path> dataDir = Optional.ofNullable(values.get("--data-dir")).map(Path::of);
        if (!values.containsKey("--jira-export")) {
            for (String option : values.keySet()) {
                if (!Set.of("--scenario", "--port", "--data-dir").contains(option)) {
                    throw new UsageException(option + " belongs to --jira-export, which is not given");
                }
            }
            if (!teams.isEmpty()) {
                throw new UsageException("--team belongs to --jira-export, which is not given");
            }
            return new WorkbenchOptions(Path.of(values.getOrDefault("--scenario", DemoScenario.FILE.toString())),
                    Optional.empty(), port, dataDir);
        }
        if (values.containsKey("--scenario")) {
            throw new UsageException("--scenario and --jira-export exclude each other; give one");
        }
        return new WorkbenchOptions(Path.of(values.get("--jira-export")), Optional.of(jiraExport(values, teams)), port,
                dataDir);
    }

    private static JiraExportOptions jiraExport(Map<String, String> values, Map<String, String> teams)
            throws UsageException {
        for (String required : new String[] {"--commitment-field", "--eta-field"}) {
            if (!values.containsKey(required)) {
                throw new UsageException("--jira-export needs " + required + ", the id of a custom field such as "
                        + "customfield_10100");
            }
        }
        if (teams.isEmpty()) {
            throw new UsageException("--jira-export needs at least one --team PROJECT=TEAM, such as --team OPS=platform");
        }
        return new JiraExportOptions(Path.of(values.get("--jira-export")), values.get("--commitment-field"),
                values.get("--eta-field"), Optional.ofNullable(values.get("--customer-field")), teams,
                Optional.ofNullable(values.get("--team-settings")).map(Path::of), today(values.get("--today")));
    }

    private static void team(String value, Map<String, String> teams) throws UsageException {
        Matcher mapping = TEAM_MAPPING.matcher(value);
        if (!mapping.matches()) {
            throw new UsageException("--team must be PROJECT=TEAM with a Jira project key such as OPS=platform, was \""
                    + value + "\"");
        }
        if (teams.put(mapping.group(1), mapping.group(2)) != null) {
            throw new UsageException("--team maps project " + mapping.group(1) + " twice");
        }
    }

    private static Optional<LocalDate> today(String value) throws UsageException {
        try {
            return Optional.ofNullable(value).map(LocalDate::parse);
        } catch (DateTimeParseException malformed) {
            throw new UsageException("--today must be a date such as 2026-03-02, was \"" + value + "\"");
        }
    }

    private static int port(String value) throws UsageException {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // Reported below with the value, as a number out of range is.
        }
        throw new UsageException("--port must be a number from 0 to 65535, was \"" + value + "\"");
    }
}
