package io.promisedesk.scenario;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes maps, lists, strings, numbers, booleans and null as JSON indented by two spaces, one value per line
 * and non-ASCII characters escaped, the layout {@code scenario.md} shows, so outputs diff cleanly.
 */
final class JsonWriter {
    private final StringBuilder out = new StringBuilder();
    private final boolean indented;

    private JsonWriter(boolean indented) {
        this.indented = indented;
    }

    /** The document form: indented, one value per line, ending in a newline. */
    static String write(Object value) {
        JsonWriter writer = new JsonWriter(true);
        writer.value(value, 0);
        return writer.out.append('\n').toString();
    }

    /** One line, for a value quoted in a message. */
    static String inline(Object value) {
        JsonWriter writer = new JsonWriter(false);
        writer.value(value, 0);
        return writer.out.toString();
    }

    private void value(Object value, int indent) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            object(map, indent);
        } else if (value instanceof List<?> list) {
            array(list, indent);
        } else if (value instanceof String text) {
            string(text);
        } else if (value instanceof BigDecimal number) {
            out.append(number.toPlainString());
        } else if (value instanceof Number || value instanceof Boolean || value instanceof JsonNumber
                || value instanceof OutOfRangeNumber) {
            out.append(value);
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON");
        }
    }

    private void object(Map<?, ?> map, int indent) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<?, ?> entry = entries.next();
            newLine(indent + 1);
            string(String.valueOf(entry.getKey()));
            out.append(indented ? ": " : ":");
            value(entry.getValue(), indent + 1);
            if (entries.hasNext()) {
                out.append(',');
            }
        }
        newLine(indent);
        out.append('}');
    }

    private void array(List<?> list, int indent) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            newLine(indent + 1);
            value(list.get(i), indent + 1);
            if (i < list.size() - 1) {
                out.append(',');
            }
        }
        newLine(indent);
        out.append(']');
    }

    private void newLine(int indent) {
        if (!indented) {
            return;
        }
        out.append('\n');
        out.append("  ".repeat(indent));
    }

    /** Runs of plain characters are appended whole: the REST answers write thousands of strings per request. */
    private void string(String text) {
        out.append('"');
        int plainFrom = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c <= 0x7e && c != '"' && c != '\\') {
                continue;
            }
            out.append(text, plainFrom, i);
            escape(c);
            plainFrom = i + 1;
        }
        out.append(text, plainFrom, text.length());
        out.append('"');
    }

    private void escape(char c) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            default -> out.append(String.format("\\u%04x", (int) c));
        }
    }

    /** A number already formatted as JSON, for values whose written form is part of the contract. */
    record JsonNumber(String text) {
        /** A decimal written as a float always is, with at least one fractional digit: 140.0, not 140. */
        static JsonNumber decimal(BigDecimal value) {
            String plain = value.stripTrailingZeros().toPlainString();
            return new JsonNumber(plain.contains(".") ? plain : plain + ".0");
        }

        /** A quantity in its shortest form: 88, 104.5. */
        static JsonNumber shortest(BigDecimal value) {
            return new JsonNumber(value.stripTrailingZeros().toPlainString());
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
