package io.promisedesk.inbox;

import io.promisedesk.common.InvalidValueException;

import java.util.Optional;

/** The checks the inbox values share, each throwing {@link InvalidValueException} with an inbox message key. */
final class Checks {
    static final int MAX_USER = 255;
    static final int MAX_QUESTION = 1_000;

    private Checks() {
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, "promisedesk.inbox.error.required", "must be given", field);
        }
        return value;
    }

    static String requester(String requester) {
        String trimmed = required(requester, "requester").strip();
        if (trimmed.isEmpty()) {
            throw new InvalidValueException("requester", "promisedesk.inbox.error.requester.blank",
                    "must not be blank");
        }
        if (trimmed.length() > MAX_USER) {
            throw new InvalidValueException("requester", "promisedesk.inbox.error.requester.tooLong",
                    "must be at most " + MAX_USER + " characters, was " + trimmed.length(), MAX_USER, trimmed.length());
        }
        return trimmed;
    }

    /** The question trimmed, and absent when blank. */
    static Optional<String> question(Optional<String> question) {
        Optional<String> text = required(question, "question").map(String::strip).filter(trimmed -> !trimmed.isEmpty());
        if (text.isPresent() && text.get().length() > MAX_QUESTION) {
            int length = text.get().length();
            throw new InvalidValueException("question", "promisedesk.inbox.error.question.tooLong",
                    "must be at most " + MAX_QUESTION + " characters, was " + length, MAX_QUESTION, length);
        }
        return text;
    }
}
