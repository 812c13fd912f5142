package io.promisedesk.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads JSON text into plain Java values: objects as ordered maps, arrays as lists, numbers as
 * {@link BigDecimal} (so decimals are never rounded on the way in), and JSON null as {@code null}: an object keeps
 * the key, so "present but null" and "absent" stay apart. A number no field can take is an {@link OutOfRangeNumber}
 * rather than a failure of the whole document, and a leading byte order mark is ignored, as RFC 8259 allows.
 */
final class JsonParser {
    private static final int MAX_DEPTH = 64;
    private static final int SHOWN = 40;
    /** An exponent with more digits than this is beyond every limit; it is not read further. */
    private static final int EXPONENT_DIGITS = 12;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final String text;
    private final int begin;
    /** Where the value being read stands: member names and array indexes from the document down. */
    private final List<Object> path = new ArrayList<>();
    private int position;
    private int depth;

    private JsonParser(String text) {
        this.text = text;
        // Editors on Windows save UTF-8 with a byte order mark; it is no part of the document, nor of its columns.
        this.begin = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? 1 : 0;
        this.position = begin;
    }

    /**
     * Parses one JSON document; throws {@link JsonSyntaxException} naming the line, column and JSON path of the first
     * error.
     */
    static Object parse(String text) {
        JsonParser parser = new JsonParser(text);
        parser.skipWhitespace();
        Object value = parser.readValue();
        parser.skipWhitespace();
        if (parser.position < text.length()) {
            throw parser.error("unexpected text after the JSON document");
        }
        return value;
    }

    private Object readValue() {
        if (position >= text.length()) {
            throw error("unexpected end of input, expected a value");
        }
        char next = text.charAt(position);
        switch (next) {
            case '{':
                return readObject();
            case '[':
                return readArray();
            case '"':
                return readString();
            case 't':
                return readLiteral("true", Boolean.TRUE);
            case 'f':
                return readLiteral("false", Boolean.FALSE);
            case 'n':
                return readLiteral("null", null);
            default:
                if (next == '-' || isDigit(next)) {
                    return readNumber();
                }
                throw notAValue();
        }
    }

    /** What stands where a value should: the word typed ({@code NaN}, {@code Infinity}), or the one character. */
    private JsonSyntaxException notAValue() {
        String word = word();
        if (word.length() <= 1) {
            return error("unexpected character " + describe(text.charAt(position)) + ", expected a value");
        }
        return error(quote(word) + " is not a JSON value");
    }

    private Map<String, Object> readObject() {
        enter();
        position++;
        Map<String, Object> object = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            position++;
            depth--;
            return object;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw expected("a field name in double quotes");
            }
            int nameAt = position;
            String name = readString();
            path.add(name);
            skipWhitespace();
            expect(':');
            skipWhitespace();
            Object value = readValue();
            if (object.containsKey(name)) {
                position = nameAt;
                throw error("field \"" + name + "\" appears twice");
            }
            object.put(name, value);
            path.remove(path.size() - 1);
            skipWhitespace();
            char next = peek();
            position++;
            if (next == '}') {
                depth--;
                return object;
            }
            if (next != ',') {
                position--;
                throw expected("',' or '}'");
            }
        }
    }

    private List<Object> readArray() {
        enter();
        position++;
        List<Object> array = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            position++;
            depth--;
            return array;
        }
        while (true) {
            skipWhitespace();
            path.add(array.size());
            array.add(readValue());
            path.remove(path.size() - 1);
            skipWhitespace();
            char next = peek();
            position++;
            if (next == ']') {
                depth--;
                return array;
            }
            if (next != ',') {
                position--;
                throw expected("',' or ']'");
            }
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    private String readString() {
        position++;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (position >= text.length()) {
                throw error("unterminated string");
            }
            char next = text.charAt(position++);
            if (next == '"') {
                return value.toString();
            }
            if (next < 0x20) {
                position--;
                throw error("control character " + describe(next) + " in string");
            }
            if (next != '\\') {
                value.append(next);
                continue;
            }
            if (position >= text.length()) {
                throw error("unterminated string");
            }
            char escaped = text.charAt(position++);
            switch (escaped) {
                case '"', '\\', '/' -> value.append(escaped);
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'u' -> value.append(readUnicodeEscape());
                default -> {
                    position--;
                    throw error("unknown escape '\\" + escaped + "'");
                }
            }
        }
    }

    private char readUnicodeEscape() {
        if (position + 4 > text.length()) {
            throw error("incomplete \\u escape");
        }
        String hex = text.substring(position, position + 4);
        if (!hex.matches("[0-9a-fA-F]{4}")) {
            throw error("invalid \\u escape");
        }
        position += 4;
        return (char) Integer.parseInt(hex, 16);
    }

    private Object readNumber() {
        int start = position;
        if (peek() == '-') {
            position++;
        }
        if (peek() == '0') {
            position++;
        } else if (isDigit(peek())) {
            skipDigits();
        } else {
            throw notANumber(start, null);
        }
        if (peek() == '.') {
            position++;
            if (!isDigit(peek())) {
                throw notANumber(start, "digits expected after '.'");
            }
            skipDigits();
        }
        if (peek() == 'e' || peek() == 'E') {
            position++;
            if (peek() == '+' || peek() == '-') {
                position++;
            }
            if (!isDigit(peek())) {
                throw notANumber(start, "digits expected in exponent");
            }
            skipDigits();
        }
        // 01, 1.5.3, 0x1F: a number runs on into more than JSON allows.
        if (position < text.length() && !endsWord(text.charAt(position))) {
            throw notANumber(start, null);
        }
        return number(text.substring(start, position));
    }

    private JsonSyntaxException notANumber(int start, String detail) {
        position = start;
        return error(quote(word()) + " is not a JSON number" + (detail == null ? "" : ": " + detail));
    }

    /**
     * A well-formed number as a {@link BigDecimal}, or as an {@link OutOfRangeNumber} when it has more digits before
     * or after the point than any field takes; judged on the text, so that {@code 1e999999999} is never computed.
     */
    static Object number(String typed) {
        int exponentAt = Math.max(typed.indexOf('e'), typed.indexOf('E'));
        String mantissa = typed.substring(typed.startsWith("-") ? 1 : 0, exponentAt < 0 ? typed.length() : exponentAt);
        long exponent = exponentAt < 0 ? 0 : exponent(typed.substring(exponentAt + 1));
        int point = mantissa.indexOf('.');
        String whole = point < 0 ? mantissa : mantissa.substring(0, point);
        String fraction = point < 0 ? "" : mantissa.substring(point + 1);
        long scale = fraction.length() - exponent;
        int firstSignificant = firstNonZero(whole + fraction);
        if (firstSignificant < 0) {
            return Math.abs(scale) > OutOfRangeNumber.MAX_DIGITS ? BigDecimal.ZERO : new BigDecimal(typed);
        }
        long digitsBeforePoint = whole.length() - firstSignificant + exponent;
        if (digitsBeforePoint > OutOfRangeNumber.MAX_DIGITS) {
            return new OutOfRangeNumber(typed, true);
        }
        if (scale > OutOfRangeNumber.MAX_DIGITS) {
            return new OutOfRangeNumber(typed, false);
        }
        return new BigDecimal(typed);
    }

    /** The exponent's value; one too long to read is taken as far beyond every limit, keeping its sign. */
    private static long exponent(String text) {
        boolean negative = text.startsWith("-");
        String digits = text.substring(text.startsWith("-") || text.startsWith("+") ? 1 : 0).replaceFirst("^0+(?=.)", "");
        long value = digits.length() > EXPONENT_DIGITS ? (long) Math.pow(10, EXPONENT_DIGITS) : Long.parseLong(digits);
        return negative ? -value : value;
    }

    private static int firstNonZero(String digits) {
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) != '0') {
                return i;
            }
        }
        return -1;
    }

    private void skipDigits() {
        while (isDigit(peek())) {
            position++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Object readLiteral(String literal, Object value) {
        if (!word().equals(literal)) {
            throw notAValue();
        }
        position += literal.length();
        return value;
    }

    /** The text from here to the next space or punctuation: what someone typed as one value. */
    private String word() {
        int end = position;
        while (end < text.length() && !endsWord(text.charAt(end))) {
            end++;
        }
        return text.substring(position, end);
    }

    private static boolean endsWord(char c) {
        return " \t\n\r,:[]{}\"".indexOf(c) >= 0;
    }

    /** A character as a message shows it: itself in quotes, or its code point when it cannot be seen. */
    private static String describe(char c) {
        return visible(c) ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }

    /** Typed text in quotes, cut short when long, characters that cannot be seen written as JSON escapes. */
    private static String quote(String typed) {
        return "'" + visibly(typed.length() > SHOWN ? typed.substring(0, SHOWN) + "..." : typed) + "'";
    }

    /** The text with every character that cannot be seen written as a JSON escape ({@code \\u00a0}), for messages. */
    static String visibly(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            shown.append(visible(c) ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return shown.toString();
    }

    /** False for controls, format characters (a byte order mark, a bidirectional override) and odd spaces. */
    private static boolean visible(char c) {
        if (c == ' ') {
            return true;
        }
        int type = Character.getType(c);
        return !Character.isISOControl(c) && !Character.isWhitespace(c) && type != Character.FORMAT
                && type != Character.SPACE_SEPARATOR && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR && type != Character.SURROGATE
                && type != Character.PRIVATE_USE && type != Character.UNASSIGNED;
    }

    private void expect(char expected) {
        if (peek() != expected) {
            throw expected("'" + expected + "'");
        }
        position++;
    }

    /** What should stand here, and what does: the character found, or the end of the input. */
    private JsonSyntaxException expected(String what) {
        return position >= text.length() ? error("unexpected end of input, expected " + what)
                : error("expected " + what + ", found " + describe(text.charAt(position)));
    }

    private char peek() {
        return position < text.length() ? text.charAt(position) : '\0';
    }

    private void skipWhitespace() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            position++;
        }
    }

    private JsonSyntaxException error(String problem) {
        int line = 1;
        int column = 1;
        for (int i = begin; i < Math.min(position, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        Optional<String> member = !path.isEmpty() && path.get(0) instanceof String name ? Optional.of(name)
                : Optional.empty();
        return new JsonSyntaxException(line, column, pathText(), member, problem);
    }

    /** The path as the scenario problems write it: {@code teams[0].members[1].weeklyHours}, {@code $} for the document. */
    private String pathText() {
        StringBuilder written = new StringBuilder(path.isEmpty() || path.get(0) instanceof Integer ? "$" : "");
        for (Object step : path) {
            if (step instanceof Integer index) {
                written.append('[').append(index).append(']');
            } else {
                written.append(written.length() == 0 ? "" : ".").append(step);
            }
        }
        return written.toString();
    }

    /** JSON that is not well formed, with where the problem is: line and column, and the JSON path of the value. */
    static final class JsonSyntaxException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final int line;
        private final int column;
        private final String path;
        private final transient Optional<String> member;
        private final String problem;

        JsonSyntaxException(int line, int column, String path, Optional<String> member, String problem) {
            super("line " + line + ", column " + column + ": " + problem);
            this.line = line;
            this.column = column;
            this.path = path;
            this.member = member;
            this.problem = problem;
        }

        int line() {
            return line;
        }

        int column() {
            return column;
        }

        String path() {
            return path;
        }

        Optional<String> member() {
            return member;
        }

        String problem() {
            return problem;
        }
    }
}
