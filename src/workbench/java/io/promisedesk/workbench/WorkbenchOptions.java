package io.promisedesk.workbench;

import java.nio.file.Path;

/** The workbench's command line: which scenario to load and which port to listen on. */
record WorkbenchOptions(Path scenario, int port) {
    static final int DEFAULT_PORT = 2990;
    static final String USAGE = "usage: ./workbench [--scenario FILE] [--port N]\n"
            + "  --scenario FILE  a scenario file (docs/scenario-format.md); default " + DemoScenario.FILE + "\n"
            + "  --port N         the port on 127.0.0.1, 0 for any free one; default " + DEFAULT_PORT;

    /** Thrown for a command line the workbench does not understand; its message says what is wrong. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static WorkbenchOptions parse(String... args) throws UsageException {
        Path scenario = DemoScenario.FILE;
        int port = DEFAULT_PORT;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (!option.equals("--scenario") && !option.equals("--port")) {
                throw new UsageException("unknown argument \"" + option + "\"");
            }
            if (i + 1 == args.length) {
                throw new UsageException(option + " needs a value");
            }
            String value = args[++i];
            if (option.equals("--scenario")) {
                scenario = Path.of(value);
            } else {
                port = port(value);
            }
        }
        return new WorkbenchOptions(scenario, port);
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
