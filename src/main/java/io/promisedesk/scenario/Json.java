package io.promisedesk.scenario;

import java.util.Optional;

/**
 * JSON as Promise Desk reads and writes it, for the tools around the plugin: objects as ordered maps, arrays as
 * lists, numbers as {@link java.math.BigDecimal} (or {@link OutOfRangeNumber} when no field can take them), JSON null
 * as {@code null} under a present key.
 */
public final class Json {
    static final int QUOTED = 60;

    private Json() {
    }

    /** Reads one JSON document. */
    public static Object parse(String text) throws SyntaxException {
        try {
            return JsonParser.parse(text);
        } catch (JsonParser.JsonSyntaxException malformed) {
            throw new SyntaxException(malformed);
        }
    }

    /** One value on one line, strings escaped: for quoting a value in a message or sending it compactly. */
    public static String write(Object value) {
        return JsonWriter.inline(value);
    }

    /** A value for a message: {@link #write} cut short after {@value #QUOTED} characters, so a huge value is not echoed whole. */
    public static String quote(Object value) {
        String written = write(value);
        return written.length() > QUOTED ? written.substring(0, QUOTED) + "..." : written;
    }

    /** A whole document in the layout of the shipped examples: two-space indent, one value per line. */
    public static String document(Object value) {
        return JsonWriter.write(value);
    }

    /** Text that is not JSON; the message names the line and column of the first problem. */
    public static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;

        private final String path;
        private final String member;
        private final int line;
        private final int column;
        private final String problem;

        SyntaxException(JsonParser.JsonSyntaxException malformed) {
            super(malformed.getMessage());
            this.path = malformed.path();
            this.member = malformed.member().orElse(null);
            this.line = malformed.line();
            this.column = malformed.column();
            this.problem = malformed.problem();
        }

        /** The JSON path of the value being read, {@code $} for the document itself: {@code members[0].weeklyHours}. */
        public String path() {
            return path;
        }

        /** The member of the top-level object whose value is not well formed; empty when it is the document itself. */
        public Optional<String> member() {
            return Optional.ofNullable(member);
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }

        /** What is wrong, without where: {@code 'NaN' is not a JSON value}. */
        public String problem() {
            return problem;
        }
    }
}
