package io.promisedesk.common;

/** The checks value objects share, each throwing {@link InvalidValueException} with a precise message. */
public final class Require {
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
}
