package io.promisedesk.scenario;

/**
 * JSON as Promise Desk reads and writes it, for the tools around the plugin: objects as ordered maps, arrays as
 * lists, numbers as {@link java.math.BigDecimal}, JSON null as {@code null} under a present key.
 */
public final class Json {
    private Json() {
    }

    /** Reads one JSON document. */
    public static Object parse(String text) throws SyntaxException {
        try {
            return JsonParser.parse(text);
        } catch (JsonParser.JsonSyntaxException malformed) {
            throw new SyntaxException(malformed.getMessage());
        }
    }

    /** One value on one line, strings escaped: for quoting a value in a message or sending it compactly. */
    public static String write(Object value) {
        return JsonWriter.inline(value);
    }

    /** A whole document in the layout of the shipped examples: two-space indent, one value per line. */
    public static String document(Object value) {
        return JsonWriter.write(value);
    }

    /** Text that is not JSON; the message names the line and column of the first problem. */
    public static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;

        SyntaxException(String message) {
            super(message);
        }
    }
}
