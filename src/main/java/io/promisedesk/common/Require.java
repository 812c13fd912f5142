package io.promisedesk.common;

import java.util.Optional;

/** The checks value objects share, each throwing {@link InvalidValueException} with a precise message. */
public final class Require {
    /** Jira user names fit in 255 characters. */
    public static final int USER_NAME_LENGTH = 255;

    private Require() {
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, "promisedesk.error.required", "is required");
        }
        return value;
    }

    /**
     * One line of text, trimmed: a name, a key, a customer. Control characters (line breaks and tabs among them) and
     * text-direction controls are refused, as {@link #plainText} says why.
     */
    public static String notBlank(String value, String field, int maxLength) {
        String trimmed = trimmedWithin(value, field, maxLength);
        plainText(trimmed, field, false);
        return trimmed;
    }

    /**
     * Optional free text trimmed, and absent when blank: a text of spaces says nothing. It may run over several lines
     * (a note, a reason, a JQL filter): line breaks and tabs are kept, other controls refused as in {@link #plainText}.
     */
    public static Optional<String> optionalText(Optional<String> text, String field, int maxLength) {
        Optional<String> trimmed = present(text, field).map(String::strip).filter(value -> !value.isEmpty());
        trimmed.ifPresent(value -> plainText(trimmedWithin(value, field, maxLength), field, true));
        return trimmed;
    }

    /**
     * The text, when it holds no character that is invisible yet changes what readers and programs make of it: the
     * C0 and C1 controls and DEL (a NUL ends a file name or a C string, a line break splits a CSV row or a mail
     * header), and the bidirectional embeddings, overrides and isolates U+202A..U+202E and U+2066..U+2069 (which show
     * "cod.exe" as "exe.doc"). With {@code multiLine}, line feeds, carriage returns and tabs are allowed.
     *
     * @throws InvalidValueException naming the field, the character as U+XXXX and its position from 1
     */
    public static String plainText(String text, String field, boolean multiLine) {
        present(text, field);
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (refused(character, multiLine)) {
                String code = String.format("U+%04X", (int) character);
                throw new InvalidValueException(field, "promisedesk.error.controlCharacter",
                        "must not contain control or text-direction characters, has " + code + " at position "
                                + (index + 1), code, index + 1);
            }
        }
        return text;
    }

    /**
     * The text without the characters {@link #plainText} refuses, for texts Promise Desk shows but does not own (Jira's
     * summaries and display names): with {@code multiLine}, line feeds, carriage returns and tabs stay.
     */
    public static String withoutHidden(String text, boolean multiLine) {
        StringBuilder visible = new StringBuilder(text.length());
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (!refused(character, multiLine)) {
                visible.append(character);
            }
        }
        return visible.toString();
    }

    /** Whether a text of one line, or of several with {@code multiLine}, may not hold the character. */
    private static boolean refused(char character, boolean multiLine) {
        return isHidden(character) && !(multiLine && (character == '\n' || character == '\r' || character == '\t'));
    }

    /** Whether the character is a control or a text-direction control, which no stored text may hold. */
    public static boolean isHidden(char character) {
        return character < 0x20 || (character >= 0x7F && character <= 0x9F)
                || (character >= '\u202A' && character <= '\u202E') || (character >= '\u2066' && character <= '\u2069');
    }

    private static String trimmedWithin(String value, String field, int maxLength) {
        present(value, field);
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidValueException(field, "promisedesk.error.blank", "must not be blank");
        }
        if (trimmed.length() > maxLength) {
            throw new InvalidValueException(field, "promisedesk.error.tooLong",
                    "must be at most " + maxLength + " characters, was " + trimmed.length(), maxLength, trimmed.length());
        }
        return trimmed;
    }
}
