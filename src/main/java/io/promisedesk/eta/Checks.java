package io.promisedesk.eta;

import io.promisedesk.common.InvalidValueException;

import java.util.Optional;

/** The checks the ETA values share, each throwing {@link InvalidValueException} with an ETA message key. */
final class Checks {
    static final int MAX_USER = 255;
    static final int MAX_REASON = 1_000;

    private Checks() {
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, "promisedesk.eta.error.required", "must be given", field);
        }
        return value;
    }

    static String author(String author) {
        String trimmed = required(author, "author").strip();
        if (trimmed.isEmpty()) {
            throw new InvalidValueException("author", "promisedesk.eta.error.author.blank", "must not be blank");
        }
        if (trimmed.length() > MAX_USER) {
            throw new InvalidValueException("author", "promisedesk.eta.error.author.tooLong",
                    "must be at most " + MAX_USER + " characters, was " + trimmed.length(), MAX_USER, trimmed.length());
        }
        return trimmed;
    }

    /** The reason trimmed, and absent when blank: a reason of spaces explains nothing. */
    static Optional<String> reason(Optional<String> reason) {
        Optional<String> text = required(reason, "reason").map(String::strip).filter(trimmed -> !trimmed.isEmpty());
        if (text.isPresent() && text.get().length() > MAX_REASON) {
            int length = text.get().length();
            throw new InvalidValueException("reason", "promisedesk.eta.error.reason.tooLong",
                    "must be at most " + MAX_REASON + " characters, was " + length, MAX_REASON, length);
        }
        return text;
    }
}
