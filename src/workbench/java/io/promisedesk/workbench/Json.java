package io.promisedesk.workbench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workbench's own small JSON reader and writer, for Jira exports: objects as ordered maps (JSON null kept as a
 * present key with a {@code null} value), arrays as lists, numbers as {@link BigDecimal}.
 */
final class Json {
    private static final int MAX_DEPTH = 64;

    private final String text;
    private int position;
    private int depth;

    private Json(String text) {
        this.text = text;
    }

    /** Thrown for text that is not JSON; its message names the line and column. */
    static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;

        SyntaxException(String message) {
            super(message);
        }
    }

    static Object parse(String text) throws SyntaxException {
        Json parser = new Json(text);
        try {
            parser.skipWhitespace();
            Object value = parser.value();
            parser.skipWhitespace();
            if (parser.position < text.length()) {
                throw parser.error("unexpected text after the JSON document");
            }
            return value;
        } catch (IndexOutOfBoundsException endOfText) {
            throw parser.error("unexpected end of the text");
        }
    }

    private Object value() throws SyntaxException {
        char next = text.charAt(position);
        if (next == '{') {
            return object();
        }
        if (next == '[') {
            return array();
        }
        if (next == '"') {
            return string();
        }
        if (text.startsWith("true", position) || text.startsWith("false", position) || text.startsWith("null", position)) {
            String word = text.startsWith("true", position) ? "true" : text.startsWith("false", position) ? "false" : "null";
            position += word.length();
            return word.equals("null") ? null : Boolean.valueOf(word);
        }
        if (next == '-' || Character.isDigit(next)) {
            return number();
        }
        throw error("unexpected character '" + next + "', expected a value");
    }

    private Map<String, Object> object() throws SyntaxException {
        enter();
        Map<String, Object> object = new LinkedHashMap<>();
        position++;
        skipWhitespace();
        if (text.charAt(position) == '}') {
            position++;
            depth--;
            return object;
        }
        while (true) {
            skipWhitespace();
            if (text.charAt(position) != '"') {
                throw error("expected a field name in double quotes");
            }
            String name = string();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            object.put(name, value());
            skipWhitespace();
            if (text.charAt(position) == '}') {
                position++;
                depth--;
                return object;
            }
            expect(',');
        }
    }

    private List<Object> array() throws SyntaxException {
        enter();
        List<Object> array = new ArrayList<>();
        position++;
        skipWhitespace();
        if (text.charAt(position) == ']') {
            position++;
            depth--;
            return array;
        }
        while (true) {
            skipWhitespace();
            array.add(value());
            skipWhitespace();
            if (text.charAt(position) == ']') {
                position++;
                depth--;
                return array;
            }
            expect(',');
        }
    }

    private String string() throws SyntaxException {
        position++;
        StringBuilder value = new StringBuilder();
        while (true) {
            char next = text.charAt(position++);
            if (next == '"') {
                return value.toString();
            }
            if (next < 0x20) {
                throw error("control character in a string");
            }
            if (next != '\\') {
                value.append(next);
                continue;
            }
            char escaped = text.charAt(position++);
            switch (escaped) {
                case '"', '\\', '/' -> value.append(escaped);
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'u' -> {
                    String hex = text.substring(position, position + 4);
                    if (!hex.matches("[0-9a-fA-F]{4}")) {
                        throw error("invalid \\u escape");
                    }
                    value.append((char) Integer.parseInt(hex, 16));
                    position += 4;
                }
                default -> throw error("unknown escape '\\" + escaped + "'");
            }
        }
    }

    private BigDecimal number() throws SyntaxException {
        int start = position;
        while (position < text.length() && "+-0123456789.eE".indexOf(text.charAt(position)) >= 0) {
            position++;
        }
        String literal = text.substring(start, position);
        try {
            return new BigDecimal(literal);
        } catch (NumberFormatException malformed) {
            position = start;
            throw error("malformed number " + literal);
        }
    }

    private void enter() throws SyntaxException {
        if (++depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    private void expect(char wanted) throws SyntaxException {
        if (text.charAt(position) != wanted) {
            throw error("expected '" + wanted + "'");
        }
        position++;
    }

    private void skipWhitespace() {
        while (position < text.length() && " \t\r\n".indexOf(text.charAt(position)) >= 0) {
            position++;
        }
    }

    private SyntaxException error(String reason) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(position, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new SyntaxException("line " + line + ", column " + column + ": " + reason);
    }

    /** Writes maps, lists, strings, numbers, booleans and null as compact JSON, escaping every string. */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
            while (entries.hasNext()) {
                Map.Entry<?, ?> entry = entries.next();
                writeString(String.valueOf(entry.getKey()), out);
                out.append(':');
                write(entry.getValue(), out);
                out.append(entries.hasNext() ? "," : "");
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toPlainString());
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            writeString(String.valueOf(value), out);
        }
    }

    private static void writeString(String text, StringBuilder out) {
        out.append('"');
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
