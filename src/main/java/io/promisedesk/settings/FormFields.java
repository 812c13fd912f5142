package io.promisedesk.settings;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.language.Message;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** What every settings form does with what was typed: reads its version and collects each field's first problem. */
final class FormFields {
    private FormFields() {
    }

    /** A whole number from 1; empty when blank or unreadable (a new team, or a tampered form). */
    static Optional<Long> expectedVersion(String version) {
        try {
            long parsed = Long.parseLong(version.strip());
            return parsed >= 1 ? Optional.of(parsed) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /** Runs one field's parsing; its first problem is kept under the form's field name, whatever the domain calls it. */
    static <T> Optional<T> parsed(Map<String, Message> errors, String field, Supplier<T> parse) {
        try {
            return Optional.of(parse.get());
        } catch (InvalidValueException invalid) {
            errors.putIfAbsent(field, Message.ofError(invalid));
            return Optional.empty();
        }
    }
}
