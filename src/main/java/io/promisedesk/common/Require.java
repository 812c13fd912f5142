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

    public static String notBlank(String value, String field, int maxLength) {
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

    /** Optional free text trimmed, and absent when blank: a text of spaces says nothing. */
    public static Optional<String> optionalText(Optional<String> text, String field, int maxLength) {
        Optional<String> trimmed = present(text, field).map(String::strip).filter(value -> !value.isEmpty());
        trimmed.ifPresent(value -> notBlank(value, field, maxLength));
        return trimmed;
    }
}
